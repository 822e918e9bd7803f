using System.Numerics;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.OpenData;

/// The codes the open data writes for the catalogue's enumerations: stable ASCII words rather than
/// the French labels of the pages, which may be reworded.
public static class OpenCodes
{
    public static string Status(PublicStatus status) => status switch
    {
        PublicStatus.Cancelled => "annule",
        PublicStatus.Postponed => "reporte",
        PublicStatus.Full => "complet",
        PublicStatus.Rescheduled => "nouvelles-dates",
        _ => "programme",
    };

    public static IReadOnlyList<string> Accessibility(Accessibility needs) =>
        EventLabels.Needs(needs).Select(n => SearchParameters.AccessibilityCodes[n]).ToList();

    public static IReadOnlyList<string> Terms(ulong mask, TermList list)
    {
        var codes = new List<string>();
        while (mask != 0)
        {
            codes.Add(list.Items[BitOperations.TrailingZeroCount(mask)].Code);
            mask &= mask - 1;
        }
        return codes;
    }
}
