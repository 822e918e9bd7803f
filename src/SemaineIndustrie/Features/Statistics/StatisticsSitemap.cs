using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Features.Statistics;

/// The statistics page of the current edition and that of every edition since 2011.
public sealed class StatisticsSitemap(IServiceScopeFactory scopes) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> EntriesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        yield return new SitemapEntry("/statistiques");
        await using var scope = scopes.CreateAsyncScope();
        var years = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Editions.AsNoTracking()
            .OrderBy(e => e.Year).Select(e => e.Year).ToListAsync(ct);
        foreach (var year in years)
        {
            yield return new SitemapEntry($"/statistiques?edition={year}");
        }
    }
}
