namespace SemaineIndustrie.Features.Discovery;

/// One group of check boxes in the search form, each value with its number of matching events.
public sealed record FacetGroup(string Legend, string Parameter, IReadOnlyList<FacetValue> Values, IReadOnlyCollection<string> Selected, bool Open = false);
