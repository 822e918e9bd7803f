using System.Data.Common;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Moderation;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Data.Demo;

/// The committee's work on the current edition: each submitted event gets its label requests and
/// the history the labelling flow writes (created, submitted, decided). Requests arrive during the
/// labelling period, mostly in its last weeks; most are decided within the review delay counted on
/// the calendar of the event's place, a few late; some are sent back for changes before being
/// labelled. Moderators are attributed once the accounts exist (<see cref="DemoModerators"/>):
/// until then a decision is signed by the committee.
public sealed class DemoCommittee
{
    public const string Committee = "Comité de validation";

    private static readonly string[] RejectionReasons =
    [
        "L'événement est payant pour le public : le label est réservé aux événements gratuits.",
        "L'événement est réservé aux salariés de l'entreprise : il doit être ouvert à au moins un des publics de l'édition.",
        "Il s'agit d'une opération commerciale (vente de produits) qui ne présente ni l'industrie ni ses métiers.",
        "Les dates proposées sont en dehors de la période de l'édition.",
        "Cet événement fait doublon avec une demande déjà labellisée pour le même site et les mêmes dates.",
    ];

    private static readonly string[] ChangeRequests =
    [
        "Précisez le programme de la visite et le public accueilli (niveau des classes).",
        "Indiquez les métiers présentés et le nom des intervenants.",
        "L'adresse est incomplète : ajoutez le numéro et la rue du site.",
        "Précisez les conditions d'accès pour les groupes scolaires (encadrement, équipements de protection).",
        "Le descriptif est trop court : expliquez ce que les participants découvriront de l'industrie.",
    ];

    private readonly Random _random;
    private readonly FrenchGeography _geography;
    private readonly Edition _edition;
    private readonly DateOnly _opens;
    private readonly DateOnly _deadline;

    private DemoCommittee(FrenchGeography geography, Edition edition, int seed)
    {
        // Its own generator, so the programme itself stays what it was for a given seed.
        _random = new Random(seed + 1);
        _geography = geography;
        _edition = edition;
        _deadline = edition.LabellingDeadline ?? edition.StartsOn.AddDays(-7);
        _opens = edition.LabellingOpensOn ?? _deadline.AddDays(-60);
    }

    public List<LabelRequest> Requests { get; } = [];
    public List<EventHistoryEntry> History { get; } = [];

    /// Also sets each decided event's creation, update and labelling instants to match its history.
    public static DemoCommittee Review(IEnumerable<Event> events, Edition edition, FrenchGeography geography, int seed)
    {
        var committee = new DemoCommittee(geography, edition, seed);
        foreach (var e in events.Where(e => e.EditionId == edition.Id))
        {
            committee.Review(e);
        }
        return committee;
    }

    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await DemoSeeder.InsertAsync(connection, transaction, "label_requests",
            ["event_id", "kind", "status", "region_code", "submitted_at", "due_on", "late", "checks_json", "decided_at", "message"],
            Requests.Select(r => new object?[]
            {
                r.EventId, r.Kind.ToString(), r.Status.ToString(), r.RegionCode, r.SubmittedAt, r.DueOn, r.Late, r.ChecksJson, r.DecidedAt, r.Message,
            }), ct);
        await DemoSeeder.InsertAsync(connection, transaction, "event_history", ["event_id", "at", "user_id", "actor", "action", "summary", "changes_json"],
            History.Select(h => new object?[] { h.EventId, h.At, h.UserId, h.Actor, h.Action, h.Summary, h.ChangesJson }), ct);
    }

    private void Review(Event e)
    {
        var organiser = e.ContactName ?? "Organisateur";
        if (e.Status is EventStatus.Draft or EventStatus.Submitted)
        {
            History.Add(EventHistoryEntry.Of(e.Id, null, organiser, e.CreatedAt, "created", "Brouillon créé."));
            if (e.Status == EventStatus.Submitted)
            {
                Submit(e, organiser, e.UpdatedAt);
            }
            return;
        }
        var zone = ZoneOf(e);
        var latest = Min(_deadline, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(e.FirstStartsAt, zone)).AddDays(-3));
        latest = latest < _opens ? _opens : latest;
        // Sent back first, an event is submitted three weeks before its last day at least: the decision
        // (9 working days at most) and the new submission (4 days later at most) still come before it.
        var sentBackFirst = e.Status == EventStatus.Labelled && latest.DayNumber - _opens.DayNumber > 21 && _random.NextDouble() < 0.12;
        var submitted = SubmittedAt(sentBackFirst ? latest.AddDays(-21) : latest, zone);
        e.CreatedAt = submitted.AddMinutes(-_random.Next(60, 12 * 24 * 60));
        History.Add(EventHistoryEntry.Of(e.Id, null, organiser, e.CreatedAt, "created", "Brouillon créé."));
        if (sentBackFirst)
        {
            var decided = Decide(e, Submit(e, organiser, submitted), LabelRequestStatus.ChangesRequested, Pick(ChangeRequests));
            submitted = decided.AddMinutes(_random.Next(12 * 60, 4 * 24 * 60));
        }
        var (status, message) = e.Status switch
        {
            EventStatus.Labelled => (LabelRequestStatus.Labelled, null),
            EventStatus.Rejected => (LabelRequestStatus.Rejected, Pick(RejectionReasons)),
            _ => (LabelRequestStatus.ChangesRequested, (string?)Pick(ChangeRequests)),
        };
        e.UpdatedAt = Decide(e, Submit(e, organiser, submitted), status, message);
        e.LabelledAt = e.Status == EventStatus.Labelled ? e.UpdatedAt : null;
    }

    /// Organisers submit late: half the requests arrive in the last tenth of the period.
    private DateTime SubmittedAt(DateOnly latest, TimeZoneInfo zone)
    {
        var day = latest.AddDays(-(int)((latest.DayNumber - _opens.DayNumber) * Math.Pow(_random.NextDouble(), 3)));
        var minute = _random.NextDouble() < 0.9 ? _random.Next(8 * 60, 19 * 60) : _random.Next(19 * 60, 24 * 60);
        return TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute), zone);
    }

    private LabelRequest Submit(Event e, string organiser, DateTime submitted)
    {
        e.DeclaredFree = e.PurposeDeclared = true;
        var request = LabelRequest.Pending(e, LabelRequestKind.Initial, _edition, submitted, null, _geography);
        request.ChecksJson = LabellingChecks.ToJson(LabellingChecks.Run(e, _edition, submitted, _geography));
        Requests.Add(request);
        History.Add(EventHistoryEntry.Of(e.Id, null, organiser, submitted, "submitted",
            $"Demande de label soumise ; réponse attendue au plus tard le {FrenchFormat.Date(request.DueOn)}."));
        return request;
    }

    /// Decides after a number of working days drawn around the delay: most in time, one in twelve late.
    private DateTime Decide(Event e, LabelRequest request, LabelRequestStatus status, string? message)
    {
        var zone = ZoneOf(e);
        var calendar = WorkingDays.For(e.Place.RegionCode, e.Place.DepartmentCode);
        var submitted = TimeZoneInfo.ConvertTimeFromUtc(request.SubmittedAt, zone);
        var day = DateOnly.FromDateTime(submitted);
        var delay = _edition.ReviewWorkingDays;
        var taken = _random.NextDouble() switch
        {
            < 0.12 => 0,
            < 0.92 => 1 + _random.Next(delay),
            _ => delay + 1 + _random.Next(5),
        };
        if (taken == 0 && (!calendar.IsWorkingDay(day) || submitted.Hour >= 16))
        {
            taken = 1;
        }
        var decided = taken == 0
            ? submitted.AddMinutes(_random.Next(20, 150))
            : calendar.Add(day, taken).ToDateTime(new TimeOnly(8, 30)).AddMinutes(_random.Next(10 * 60));
        request.Status = status;
        request.DecidedAt = TimeZoneInfo.ConvertTimeToUtc(decided, zone);
        request.Message = message;
        var after = status switch
        {
            LabelRequestStatus.Labelled => EventStatus.Labelled,
            LabelRequestStatus.Rejected => EventStatus.Rejected,
            _ => EventStatus.ChangesRequested,
        };
        History.Add(EventHistoryEntry.Of(e.Id, null, Committee, request.DecidedAt.Value, DecideRequest.HistoryAction(status),
            DecideRequest.Summary(LabelRequestKind.Initial, status, message),
            [new FieldChange("Statut", EventLabels.Status(EventStatus.Submitted), EventLabels.Status(after))]));
        return request.DecidedAt.Value;
    }

    private TimeZoneInfo ZoneOf(Event e) => TimeZoneInfo.FindSystemTimeZoneById(_geography.TimeZoneOf(e.Place.RegionCode));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
