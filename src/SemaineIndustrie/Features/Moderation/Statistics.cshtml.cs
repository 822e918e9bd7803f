using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Moderation;

/// The committee's own figures for an edition: the requests funnel, review times in working days
/// and late requests, per region and per moderator. Moderators see their regions only.
public sealed class StatisticsModel(CommitteeStatistics statistics) : PageModel
{
    public CommitteeFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? edition, CancellationToken ct)
    {
        if (await statistics.ForAsync(edition, User, ct) is not { } figures)
        {
            return NotFound();
        }
        Figures = figures;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int? edition, string? tableau, CancellationToken ct)
    {
        if (await statistics.ForAsync(edition, User, ct) is not { } f)
        {
            return NotFound();
        }
        string[] review = ["Décisions", "Délai médian (jours ouvrés)", "90e centile (jours ouvrés)"];
        var (header, rows) = tableau switch
        {
            "regions" => ((string[])["Code région", "Région", "Brouillons", "Soumis", "Labellisés", "Refusés", "Renvoyés pour modifications",
                    "Demandes en attente", "Demandes en retard", "Demandes tardives", .. review],
                f.Regions.Prepend(f.Total).Select(r => (string[])[r.Code, r.Label, Invariant(r.Drafts), Invariant(r.Submitted), Invariant(r.Labelled),
                    Invariant(r.Rejected), Invariant(r.ChangesRequested), Invariant(r.Pending), Invariant(r.Overdue), Invariant(r.Late), .. Cells(r.Review)])),
            "parcours" => (["Étape", "Nombre"], Funnel(f.Total).Select(s => (string[])[s.Label, s.Count is { } n ? Invariant(n) : Days(s.Days)])),
            "moderateurs" => (["Modérateur", "Labellisés", "Refusés", "Renvoyés pour modifications", .. review],
                f.Moderators.Select(m => (string[])[m.Name, Invariant(m.Labelled), Invariant(m.Rejected), Invariant(m.ChangesRequested), .. Cells(m.Review)])),
            _ => ((string[]?)null, Enumerable.Empty<string[]>()),
        };
        if (header is null)
        {
            return NotFound();
        }
        return File(SpreadsheetCsv.Write(header, rows), SpreadsheetCsv.ContentType, $"comite-{f.Edition.Year}-{tableau}.csv");
    }

    /// The funnel table, line by line: a count, or a review time in working days.
    public static IReadOnlyList<(string Step, string Label, int? Count, double? Days)> Funnel(FunnelLine t) =>
    [
        ("brouillons", "Brouillons (jamais soumis)", t.Drafts, null),
        ("soumis", "Événements soumis au comité", t.Submitted, null),
        ("labellises", "Labellisés", t.Labelled, null),
        ("refuses", "Refusés", t.Rejected, null),
        ("renvoyes", "Renvoyés pour modifications", t.ChangesRequested, null),
        ("en-attente", "Demandes en attente de décision", t.Pending, null),
        ("en-retard", "dont en retard", t.Overdue, null),
        ("tardives", "Demandes tardives (après la date limite)", t.Late, null),
        ("delai-median", "Délai médian de décision (jours ouvrés)", null, t.Review.Median),
        ("delai-90", "90e centile du délai (jours ouvrés)", null, t.Review.Percentile90),
    ];

    /// Working days with one decimal, as a French spreadsheet reads them (« 2,5 »); « – » without a decision.
    public static string Days(double? days) => days is { } d ? d.ToString("0.#", FrenchFormat.Culture) : "–";

    private static string[] Cells(ReviewTime review) => [Invariant(review.Decisions), Days(review.Median), Days(review.Percentile90)];

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
