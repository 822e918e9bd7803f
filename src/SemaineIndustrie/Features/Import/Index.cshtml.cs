using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Editions;

namespace SemaineIndustrie.Features.Import;

/// Upload of a CSV file of events: stored as a batch, then analysed row by row on the report page.
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxBytes = 10 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public EditionSummary? Edition { get; private set; }
    public IReadOnlyList<BatchLine> Batches { get; private set; } = [];

    public sealed record BatchLine(int Id, string FileName, DateTime CreatedAt, ImportBatchStatus Status);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.OrganisationId() is not { } organisationId)
        {
            return Redirect("/organisateur/structure");
        }
        await LoadAsync(organisationId, ct);
        return Page();
    }

    public IActionResult OnGetTemplate() =>
        File(ImportColumns.Template(), "text/csv; charset=utf-8", "modele-import-evenements.csv");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.OrganisationId() is not { } organisationId)
        {
            return Redirect("/organisateur/structure");
        }
        await LoadAsync(organisationId, ct);
        if (Edition is null)
        {
            ModelState.AddModelError(nameof(Upload), "Aucune édition n'est ouverte aux demandes de label.");
            return Page();
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choisissez un fichier CSV à analyser.");
            return Page();
        }
        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Le fichier dépasse 10 Mo. Découpez-le en plusieurs fichiers.");
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            ModelState.AddModelError(nameof(Upload), "Ce fichier n'est pas un fichier CSV (texte). Enregistrez votre tableur au format « CSV ».");
            return Page();
        }
        var batch = new ImportBatch
        {
            OrganisationId = organisationId,
            EditionId = Edition.Id,
            UserId = User.UserId() ?? 0,
            FileName = Path.GetFileName(Upload.FileName) is { Length: > 0 and <= 200 } name ? name : "import.csv",
            Content = content,
            Status = ImportBatchStatus.Analysed,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("Report", new { id = batch.Id });
    }

    private async Task LoadAsync(int organisationId, CancellationToken ct)
    {
        Edition = await db.CurrentAsync(ct);
        Batches = await db.ImportBatches.AsNoTracking()
            .Where(b => b.OrganisationId == organisationId)
            .OrderByDescending(b => b.CreatedAt).Take(20)
            .Select(b => new BatchLine(b.Id, b.FileName, b.CreatedAt, b.Status))
            .ToListAsync(ct);
    }
}
