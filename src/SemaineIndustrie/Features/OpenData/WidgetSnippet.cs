using System.Net;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Features.OpenData;

/// The code a partner site pastes to show a search: an iframe on /widget with the same query, and
/// the same selection's data files (which follow the catalogue order, so carry no sort).
public sealed record WidgetSnippet(string Origin, string WidgetQuery, string DataQuery)
{
    public static WidgetSnippet For(PublicSite site, SearchQuery query, int? editionYear) => new(
        site.BaseUrl,
        SearchParameters.ToQueryString(query with { Page = 1, PageSize = SearchLimits.DefaultPageSize }, editionYear),
        SearchParameters.ToQueryString(query with { Page = 1, PageSize = SearchLimits.DefaultPageSize, Sort = SearchQueryParser.DefaultSort(query) }, editionYear));

    public string Iframe => $"<iframe src=\"{WebUtility.HtmlEncode(Origin + "/widget" + WidgetQuery)}\" title=\"Événements de la Semaine de l'industrie\" width=\"100%\" height=\"480\" style=\"border:0\" loading=\"lazy\"></iframe>";

    public string Data(string file) => "/api/v1/" + file + DataQuery;
}
