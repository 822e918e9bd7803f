using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Features.Statistics;

/// The statistics page of the latest edition and that of every earlier edition since 2011, by their canonical URLs.
public sealed class StatisticsSitemap(IServiceScopeFactory scopes) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> EntriesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        yield return new SitemapEntry("/statistiques");
        await using var scope = scopes.CreateAsyncScope();
        var years = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Editions.AsNoTracking()
            .OrderBy(e => e.Year).Select(e => e.Year).ToListAsync(ct);
        foreach (var year in years.SkipLast(1))
        {
            yield return new SitemapEntry($"/statistiques?edition={year}");
        }
    }
}
