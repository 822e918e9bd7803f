using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Editions;

public sealed record EditionSummary(int Id, int Number, int Year, string? Theme, DateOnly StartsOn, DateOnly EndsOn,
    DateOnly EligibleFrom, DateOnly EligibleUntil, DateOnly? LabellingDeadline);

public static class EditionQueries
{
    public static IQueryable<EditionSummary> Summaries(this IQueryable<Edition> editions) =>
        editions.Select(e => new EditionSummary(e.Id, e.Number, e.Year, e.Theme, e.StartsOn, e.EndsOn,
            e.EligibleFrom, e.EligibleUntil, e.LabellingDeadline));

    /// The current edition is the latest one: the platform always works on the coming Semaine, and
    /// after it ends its programme stays on show until the next edition is created.
    public static Task<EditionSummary?> CurrentAsync(this AppDbContext db, CancellationToken ct) =>
        db.Editions.AsNoTracking().OrderByDescending(e => e.Year).Summaries().FirstOrDefaultAsync(ct);
}
