namespace SemaineIndustrie.Features.Discovery;

/// The search visitors get: the in-memory index, or the database for an edition the index has not
/// loaded yet (the archive, in the first seconds after start-up).
public sealed class CatalogueSearch(CatalogueHolder holder, EventIndex index, DatabaseEventSearch database) : IEventSearch
{
    public ValueTask<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct) =>
        holder.Current.Holds(query.EditionId) ? index.SearchAsync(query, ct) : database.SearchAsync(query, ct);
}
