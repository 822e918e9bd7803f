using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Content;

public sealed record EditionLine(int Number, int Year, string? Theme, DateOnly StartsOn, DateOnly EndsOn, int LabelledOnPlatform,
    int? ReportedLabelledEvents, int? ReportedParticipants)
{
    /// The same figure as the statistics' comparison of the editions (<see cref="Editions.Edition.LabelledFigure"/>).
    public int? LabelledEvents => Editions.Edition.LabelledFigure(ReportedLabelledEvents, LabelledOnPlatform);
}

/// What the Semaine is, the current edition and its four labelling conditions, the partners and every past edition.
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class EditionModel(AppDbContext db) : PageModel
{
    public EditionSummary? Current { get; private set; }
    public ContentBody? Introduction { get; private set; }
    public IReadOnlyList<IGrouping<string, PartnerView>> Partners { get; private set; } = [];
    public IReadOnlyList<EditionLine> Editions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await db.CurrentAsync(ct);
        Introduction = await db.ContentItems.AsNoTracking().Published(ContentKind.Page).Where(c => c.Slug == ContentPages.Edition)
            .Select(c => new ContentBody(c.Title, c.Summary, c.Body)).FirstOrDefaultAsync(ct);
        var partners = await db.ContentItems.AsNoTracking().Published(ContentKind.Partner).OrderBy(c => c.SortOrder).ThenBy(c => c.Title)
            .Select(c => new PartnerView(c.Title, c.Category ?? "Partenaires", c.Summary, c.LinkUrl)).ToListAsync(ct);
        Partners = partners.GroupBy(p => p.Category).ToList();
        Editions = await EditionLinesAsync(db, null, ct);
    }

    public static async Task<List<EditionLine>> EditionLinesAsync(AppDbContext db, int? year, CancellationToken ct)
    {
        var editions = db.Editions.AsNoTracking().Where(e => year == null || e.Year == year);
        return await editions.OrderByDescending(e => e.Year)
            .Select(e => new EditionLine(e.Number, e.Year, e.Theme, e.StartsOn, e.EndsOn,
                db.Events.Count(x => x.EditionId == e.Id && x.Status == EventStatus.Labelled), e.ReportedLabelledEvents, e.ReportedParticipants))
            .ToListAsync(ct);
    }
}

public sealed record ContentBody(string Title, string? Summary, string Body);

public sealed record PartnerView(string Name, string Category, string? Description, string? Url);
