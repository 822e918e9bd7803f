using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Features.Shared;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Statistics;

/// The programme seen from above, for everyone: labelled events per region on a map of France (with
/// the overseas regions), per department, type, audience, theme and sector, seats and attendance, and
/// the editions since 2011. Every figure is in a table; every table downloads as CSV.
[OutputCache(PolicyName = WebSetup.CataloguePagePolicy)]
public sealed class IndexModel(EditionStatistics statistics, RegionMap map) : PageModel
{
    public EditionFigures Figures { get; private set; } = null!;
    public RegionMap Map => map;
    public ColourScale Scale { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? edition, CancellationToken ct)
    {
        var figures = await statistics.ForAsync(edition, ct);
        if (figures is null)
        {
            return NotFound();
        }
        Figures = figures;
        Scale = new ColourScale(figures.Regions.Max(r => r.Events));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int? edition, string? tableau, CancellationToken ct)
    {
        var f = await statistics.ForAsync(edition, ct);
        if (f is null)
        {
            return NotFound();
        }
        var (header, rows) = tableau switch
        {
            "regions" => Counts("Code région", "Région", f.Regions),
            "departements" => Counts("Code département", "Département", f.Departments),
            "types" => Counts("Code", "Type d'événement", f.Types),
            "publics" => Counts("Code", "Public", f.Audiences),
            "thematiques" => Counts("Code", "Thématique", f.Themes),
            "filieres" => Counts("Code", "Filière", f.Sectors),
            "participants" => (["Mesure", "Nombre"],
            [
                ["Places ouvertes à l'inscription sur la plateforme", Invariant(f.Participants.SeatsOffered)],
                ["Participants attendus (inscrits sur la plateforme)", Invariant(f.Participants.Registered)],
                ["Participants déclarés par les organisateurs", Invariant(f.Participants.Reported)],
            ]),
            "editions" => (["Année", "Édition", "Thème", "Événements labellisés (plateforme)", "Événements labellisés (chiffre publié)",
                    "Inscrits (plateforme)", "Participants déclarés (plateforme)", "Participants (chiffre publié)"],
                f.Editions.Select(e => new[]
                {
                    Invariant(e.Year), Invariant(e.Number), e.Theme ?? "", Invariant(e.LabelledOnPlatform), Invariant(e.ReportedLabelled),
                    Invariant(e.OnPlatform.Registered), Invariant(e.OnPlatform.Reported), Invariant(e.ReportedParticipants),
                })),
            _ => ((string[]?)null, Enumerable.Empty<string[]>()),
        };
        if (header is null)
        {
            return NotFound();
        }
        return File(SpreadsheetCsv.Write(header, rows), SpreadsheetCsv.ContentType, $"semaine-industrie-{f.Edition.Year}-{tableau}.csv");
    }

    private static (string[], IEnumerable<string[]>) Counts(string code, string label, IEnumerable<Count> counts) =>
        ([code, label, "Événements labellisés"], counts.Select(c => new[] { c.Code, c.Label, Invariant(c.Events) }));

    private static string Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
