namespace SemaineIndustrie.Features.Discovery;

/// One group of check boxes in the search form, each value with its number of matching events. A long
/// list with nothing ticked is a drop-down instead: a hundred departments as check boxes would weigh
/// down every result page.
public sealed record FacetGroup(string Legend, string Parameter, IReadOnlyList<FacetValue> Values, IReadOnlyCollection<string> Selected, bool Open = false)
{
    public const int MaxCheckboxes = 25;
}
