using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Site;

public enum LabellingPhase { NotOpenYet, Open, LastDay, Closed }

/// Where the current edition's labelling stands today, in Paris time: the deadline day itself
/// still takes requests (as the submission check does); after it, only an administrator records
/// a late request.
public sealed record LabellingCountdown(LabellingPhase Phase, DateOnly? OpensOn, DateOnly? Deadline, int DaysLeft)
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).DateTime);

    public static LabellingCountdown For(Edition edition, DateOnly today)
    {
        var (opens, deadline) = (edition.LabellingOpensOn, edition.LabellingDeadline);
        if (opens is { } o && today < o)
        {
            return new(LabellingPhase.NotOpenYet, opens, deadline, 0);
        }
        if (deadline is not { } d)
        {
            return new(LabellingPhase.Open, opens, null, 0);
        }
        var left = d.DayNumber - today.DayNumber;
        var phase = left < 0 ? LabellingPhase.Closed : left == 0 ? LabellingPhase.LastDay : LabellingPhase.Open;
        return new(phase, opens, deadline, Math.Max(left, 0));
    }

    public bool AcceptsRequests => Phase is LabellingPhase.Open or LabellingPhase.LastDay;

    public string Headline => Phase switch
    {
        LabellingPhase.NotOpenYet => $"Les demandes de label ouvriront le {FrenchFormat.Date(OpensOn!.Value)}",
        LabellingPhase.Closed => "Les demandes de label sont closes",
        LabellingPhase.LastDay => "Dernier jour pour demander le label",
        _ when Deadline is null => "Les demandes de label sont ouvertes",
        _ when DaysLeft == 1 => "Plus qu’un jour pour demander le label",
        _ => $"Plus que {DaysLeft} jours pour demander le label",
    };

    public string Detail => Phase switch
    {
        LabellingPhase.NotOpenYet => Deadline is { } d
            ? $"Vous pourrez demander le label pour vos événements jusqu’au {FrenchFormat.DayDate(d)} inclus."
            : "Vous pourrez alors demander le label pour vos événements.",
        LabellingPhase.Closed =>
            $"La date limite était le {FrenchFormat.DayDate(Deadline!.Value)}. Seuls les administrateurs nationaux acceptent encore, à titre exceptionnel, des demandes tardives.",
        LabellingPhase.LastDay => $"Les demandes sont reçues jusqu’à ce soir, {FrenchFormat.DayDate(Deadline!.Value)}, minuit (heure de Paris).",
        _ when Deadline is { } d => $"Date limite des demandes : {FrenchFormat.DayDate(d)} inclus.",
        _ => "Déposez votre demande depuis votre espace organisateur.",
    };
}
