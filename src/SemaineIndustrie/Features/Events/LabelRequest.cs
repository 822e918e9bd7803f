using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Events;

/// One request for the label: the first submission of an event, or a change to an already labelled
/// event's eligibility (sessions, place, audiences, free) that the committee must review again while
/// the public keeps seeing the labelled data. The committee decides each request once.
public sealed class LabelRequest
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public LabelRequestKind Kind { get; set; }
    public LabelRequestStatus Status { get; set; }

    /// Copied from the event when submitted, so each moderator's queue is one index range.
    public required string RegionCode { get; set; }
    public DateTime SubmittedAt { get; set; }
    public int? SubmittedByUserId { get; set; }

    /// Submission plus the edition's review delay in working days (weekends and French public holidays skipped).
    public DateOnly DueOn { get; set; }

    /// Submitted after the deadline: only an administrator may decide it.
    public bool Late { get; set; }

    /// The automatic checks as they stood at submission (JSON list of <see cref="CheckResult"/>).
    public string ChecksJson { get; set; } = "[]";

    /// For a revision of a labelled event: the proposed data (JSON of the edit form), applied when labelled.
    public string? ProposedJson { get; set; }

    public DateTime? DecidedAt { get; set; }
    public int? DecidedByUserId { get; set; }

    /// The reason of a rejection or the changes asked for.
    public string? Message { get; set; }

    /// A request on an event as it stands, due after the edition's review delay: working days
    /// counted from the day of submission in the region's time zone, on the calendar of the event's place.
    public static LabelRequest Pending(Event e, LabelRequestKind kind, Edition edition, DateTime submittedAt, int? submittedByUserId,
        FrenchGeography geography)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.Place.RegionCode));
        var submittedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(submittedAt, zone));
        return new LabelRequest
        {
            EventId = e.Id,
            Kind = kind,
            Status = LabelRequestStatus.Pending,
            RegionCode = e.Place.RegionCode,
            SubmittedAt = submittedAt,
            SubmittedByUserId = submittedByUserId,
            DueOn = WorkingDays.For(e.Place.RegionCode, e.Place.DepartmentCode).Add(submittedOn, edition.ReviewWorkingDays),
        };
    }
}

public enum LabelRequestKind { Initial, Revision }

public enum LabelRequestStatus { Pending, Labelled, Rejected, ChangesRequested, Withdrawn }

/// One automatic check of a labelling condition, as shown to the organiser and to the moderator.
public sealed record CheckResult(string Code, string Label, bool Passed, string Message);

public sealed class LabelRequestConfiguration : IEntityTypeConfiguration<LabelRequest>
{
    public void Configure(EntityTypeBuilder<LabelRequest> builder)
    {
        builder.ToTable("label_requests");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RegionCode).HasMaxLength(3);
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Status, r.RegionCode, r.DueOn });
        builder.HasIndex(r => r.EventId);
    }
}
