namespace SemaineIndustrie.Features.Events;

/// French wording of the event enumerations shown to visitors.
public static class EventLabels
{
    public static string Format(EventFormat format) => format switch
    {
        EventFormat.OnSite => "Sur place",
        EventFormat.Online => "En ligne",
        _ => "Sur place et en ligne",
    };

    public static string Accessibility(Accessibility need) => need switch
    {
        Events.Accessibility.Motor => "Handicap moteur",
        Events.Accessibility.Hearing => "Handicap auditif",
        Events.Accessibility.Visual => "Handicap visuel",
        Events.Accessibility.Cognitive => "Handicap cognitif",
        Events.Accessibility.Psychic => "Handicap psychique",
        _ => "",
    };

    public static IEnumerable<Accessibility> Needs(Accessibility all) =>
        Enum.GetValues<Accessibility>().Where(a => a != Events.Accessibility.None && all.HasFlag(a));

    public static string? PublicStatus(PublicStatus status) => status switch
    {
        Events.PublicStatus.Cancelled => "Annulé",
        Events.PublicStatus.Postponed => "Reporté",
        Events.PublicStatus.Full => "Complet",
        Events.PublicStatus.Rescheduled => "Nouvelles dates",
        _ => null,
    };

    public static string Status(EventStatus status) => status switch
    {
        EventStatus.Draft => "Brouillon",
        EventStatus.Submitted => "Demande en cours d'examen",
        EventStatus.ChangesRequested => "Modifications demandées",
        EventStatus.Labelled => "Labellisé",
        _ => "Refusé",
    };

    public static string RequestStatus(LabelRequestStatus status) => status switch
    {
        LabelRequestStatus.Pending => "En attente de décision",
        LabelRequestStatus.Labelled => "Labellisé",
        LabelRequestStatus.Rejected => "Refusé",
        LabelRequestStatus.ChangesRequested => "Modifications demandées",
        _ => "Retirée",
    };
}
