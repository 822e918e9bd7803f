using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Content;

/// A file attached to a content item (a press kit, a job sheet, a picture), kept in the database so
/// that every instance behind the load balancer serves it.
public sealed class ContentFile
{
    public int Id { get; set; }
    public int ContentItemId { get; set; }

    /// Generated from the uploaded name (a French slug and the extension of the detected type), never the name as typed.
    public required string FileName { get; set; }

    public required string ContentType { get; set; }
    public int Length { get; set; }
    public required byte[] Content { get; set; }
    public DateTime CreatedAt { get; set; }

    public string Url => $"/fichiers/{Id}/{FileName}";
}

public sealed class ContentFileConfiguration : IEntityTypeConfiguration<ContentFile>
{
    public void Configure(EntityTypeBuilder<ContentFile> builder)
    {
        builder.ToTable("content_files");
        builder.Property(f => f.FileName).HasMaxLength(120);
        builder.Property(f => f.ContentType).HasMaxLength(40);
    }
}
