using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Editions;

/// One year's Semaine de l'industrie. The eligibility window is stored explicitly because the
/// sources define it either as a tolerance around the official week (2024: ±15 days) or as fixed
/// dates (2022: 7 Nov–12 Dec).
public sealed class Edition
{
    public int Id { get; set; }
    public int Number { get; set; }
    public int Year { get; set; }
    public string? Theme { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateOnly EligibleFrom { get; set; }
    public DateOnly EligibleUntil { get; set; }
    public DateOnly? LabellingOpensOn { get; set; }
    public DateOnly? LabellingDeadline { get; set; }
    public int ReviewWorkingDays { get; set; } = 4;

    /// Figures published for editions that predate the platform's own data (SPEC §2).
    public int? ReportedLabelledEvents { get; set; }
    public int? ReportedParticipants { get; set; }

    /// The number of labelled events an edition is known by, on every page: the published figure when
    /// administrators recorded one (editions before the platform, record years announced rounded),
    /// otherwise the platform's own count; none when neither exists.
    public static int? LabelledFigure(int? reported, int onPlatform) => reported ?? (onPlatform > 0 ? onPlatform : null);
}

public sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.ToTable("editions");
        builder.HasIndex(e => e.Year).IsUnique();
        builder.HasIndex(e => e.Number).IsUnique();
        builder.Property(e => e.Theme).HasMaxLength(200);
    }
}
