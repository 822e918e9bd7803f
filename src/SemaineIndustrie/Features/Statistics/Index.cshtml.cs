using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
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

    public async Task<IActionResult> OnGetAsync(int? edition, CancellationToken ct)
    {
        var figures = await statistics.ForAsync(edition, ct);
        if (figures is null)
        {
            return NotFound();
        }
        Figures = figures;
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
            "regions" => Counts("Code région;Région;Événements labellisés", f.Regions),
            "departements" => Counts("Code département;Département;Événements labellisés", f.Departments),
            "types" => Counts("Code;Type d'événement;Événements labellisés", f.Types),
            "publics" => Counts("Code;Public;Événements labellisés", f.Audiences),
            "thematiques" => Counts("Code;Thématique;Événements labellisés", f.Themes),
            "filieres" => Counts("Code;Filière;Événements labellisés", f.Sectors),
            "editions" => ("Année;Édition;Thème;Événements labellisés (plateforme);Événements labellisés (chiffre publié);Participants (chiffre publié)",
                f.Editions.Select(e => new[] { $"{e.Year}", $"{e.Number}", e.Theme ?? "", $"{e.LabelledInDatabase}", $"{e.ReportedLabelled}", $"{e.ReportedParticipants}" })),
            _ => ((string?)null, Enumerable.Empty<string[]>()),
        };
        if (header is null)
        {
            return NotFound();
        }
        var csv = new StringBuilder(header).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(';', row.Select(Quote)).Append("\r\n");
        }
        return File([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv.ToString())], "text/csv; charset=utf-8",
            $"semaine-industrie-{f.Edition.Year}-{tableau}.csv");
    }

    /// Without outlines, each region is a tile placed roughly where it lies (column, row).
    public static readonly IReadOnlyDictionary<string, (int Column, int Row)> Tiles = new Dictionary<string, (int, int)>
    {
        ["32"] = (3, 0), ["28"] = (2, 1), ["11"] = (3, 1), ["44"] = (4, 1), ["53"] = (1, 2), ["52"] = (2, 2), ["24"] = (3, 2), ["27"] = (4, 2),
        ["75"] = (2, 3), ["84"] = (3, 3), ["93"] = (4, 4), ["76"] = (3, 4), ["94"] = (5, 4),
        ["01"] = (0, 5), ["02"] = (1, 5), ["03"] = (2, 5), ["04"] = (3, 5), ["06"] = (4, 5),
    };

    /// The DSFR blue scale, from the lightest (no event) to the darkest (the busiest regions).
    public static readonly string[] Shades = ["#f5f5fe", "#cacafb", "#8585f6", "#6a6af4", "#313178", "#000091"];

    public string Shade(int events)
    {
        var max = Figures.Regions.Max(r => r.Events);
        return events == 0 || max == 0 ? Shades[0] : Shades[Math.Min(Shades.Length - 1, 1 + (int)((Shades.Length - 2) * events / (double)max))];
    }

    private static (string, IEnumerable<string[]>) Counts(string header, IEnumerable<Count> counts) =>
        (header, counts.Select(c => new[] { c.Code, c.Label, $"{c.Events}" }));

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
