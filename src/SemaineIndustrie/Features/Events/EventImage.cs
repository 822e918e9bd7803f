using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Events;

/// The picture of an event, kept in the database so every instance serves it.
public sealed class EventImage
{
    public int EventId { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UpdatedAt { get; set; }

    public const int MaxBytes = 2 * 1024 * 1024;

    /// The type is read from the first bytes, never from the file name: PNG, JPEG or WebP only.
    public static string? DetectType(ReadOnlySpan<byte> content) => content switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };
}

public sealed class EventImageConfiguration : IEntityTypeConfiguration<EventImage>
{
    public void Configure(EntityTypeBuilder<EventImage> builder)
    {
        builder.ToTable("event_images");
        builder.HasKey(i => i.EventId);
        builder.Property(i => i.ContentType).HasMaxLength(20);
        builder.HasOne<Event>().WithOne().HasForeignKey<EventImage>(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
