using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Content;

public enum ContentKind { Page, News, PressRelease, Resource, Faq, Partner }

public enum ContentStatus { Draft, Published }

public enum ResourceSpace { Teachers, Companies }

/// One piece of editorial content written by administrators in Markdown. Every kind shares the
/// same lifecycle (draft, published, slug, order); the optional columns belong to some kinds only:
/// place and region to press releases and news, space, category, audience and sector to resources,
/// the link to resources (a video) and partners (their site).
public sealed class ContentItem
{
    public int Id { get; set; }
    public ContentKind Kind { get; set; }
    public ContentStatus Status { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string? Summary { get; set; }
    public string Body { get; set; } = "";

    /// The date shown to readers: a press release's date, a news item's day.
    public DateOnly PublishedOn { get; set; }

    public string? Place { get; set; }
    public string? RegionCode { get; set; }
    public ResourceSpace? Space { get; set; }
    public string? Category { get; set; }
    public string? AudienceCode { get; set; }
    public string? SectorCode { get; set; }
    public string? LinkUrl { get; set; }
    public int SortOrder { get; set; }

    /// Title, summary and body folded by <see cref="Discovery.FrenchText"/>, for accent-insensitive search.
    public string SearchText { get; set; } = " ";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ContentFile> Files { get; set; } = [];

    public void Fold() => SearchText = Discovery.FrenchText.Fold($"{Title} {Summary} {Body}");
}

public sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("content_items");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Space).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Slug).HasMaxLength(120);
        builder.Property(c => c.Summary).HasMaxLength(400);
        builder.Property(c => c.Place).HasMaxLength(100);
        builder.Property(c => c.RegionCode).HasMaxLength(3);
        builder.Property(c => c.Category).HasMaxLength(40);
        builder.Property(c => c.AudienceCode).HasMaxLength(40);
        builder.Property(c => c.SectorCode).HasMaxLength(40);
        builder.Property(c => c.LinkUrl).HasMaxLength(500);
        builder.HasIndex(c => new { c.Kind, c.Slug }).IsUnique();
        builder.HasMany(c => c.Files).WithOne().HasForeignKey(f => f.ContentItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
