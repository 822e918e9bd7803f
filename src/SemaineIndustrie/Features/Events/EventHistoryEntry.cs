using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Events;

/// The audit trail of an event and its requests: who did what, when, and the fields before and
/// after. Rows are only ever added.
public sealed class EventHistoryEntry
{
    public long Id { get; set; }
    public int EventId { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }

    /// The actor's name as it was at the time (accounts may be renamed or removed).
    public required string Actor { get; set; }

    /// created, updated, submitted, labelled, rejected, changes_requested, public_status, revision…
    public required string Action { get; set; }

    /// What a person reads in the history, in French.
    public required string Summary { get; set; }

    /// JSON list of <see cref="FieldChange"/> for the fields the action changed.
    public string? ChangesJson { get; set; }

    /// An entry for an action by a signed-in person, or by the platform itself when there is none.
    public static EventHistoryEntry Of(int eventId, ClaimsPrincipal? user, DateTime at, string action, string summary,
        IReadOnlyList<FieldChange>? changes = null) =>
        Of(eventId, user?.UserId(), user?.Identity?.IsAuthenticated == true ? user.DisplayName() : "Plateforme", at, action, summary, changes);

    /// An entry written on someone's behalf (the demonstration data).
    public static EventHistoryEntry Of(int eventId, int? userId, string actor, DateTime at, string action, string summary,
        IReadOnlyList<FieldChange>? changes = null) => new()
    {
        EventId = eventId,
        At = at,
        UserId = userId,
        Actor = actor,
        Action = action,
        Summary = summary,
        ChangesJson = changes is { Count: > 0 } ? JsonSerializer.Serialize(changes) : null,
    };

    public IReadOnlyList<FieldChange> Changes() =>
        ChangesJson is null ? [] : JsonSerializer.Deserialize<List<FieldChange>>(ChangesJson) ?? [];
}

public sealed class EventHistoryEntryConfiguration : IEntityTypeConfiguration<EventHistoryEntry>
{
    public void Configure(EntityTypeBuilder<EventHistoryEntry> builder)
    {
        builder.ToTable("event_history");
        builder.Property(h => h.Actor).HasMaxLength(160);
        builder.Property(h => h.Action).HasMaxLength(30);
        builder.Property(h => h.Summary).HasMaxLength(2000);
        builder.HasIndex(h => new { h.EventId, h.At });
    }
}
