using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Import;

/// The dry-run report of an uploaded file, the confirmation of the import, and then its outcome.
public sealed class ReportModel(AppDbContext db, ImportAnalysis analysis, EventImport import, IMailSender mail,
    Microsoft.Extensions.Options.IOptions<MailOptions> mailOptions, TimeProvider clock) : PageModel
{
    public const int ShownRows = 500;

    [BindProperty]
    public List<int> Confirmed { get; set; } = [];

    public ImportBatch Batch { get; private set; } = null!;
    public ImportAnalysisResult? Analysis { get; private set; }
    public ImportOutcome? Outcome { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? avis, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Notice = avis == "deja" ? "Ce fichier a déjà été importé ou son import est en cours : rien n'a été importé une seconde fois." : null;
        if (Batch.Status == ImportBatchStatus.Analysed)
        {
            (Analysis, _, _) = await AnalyseAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        // One import per file, even after a double click or from two tabs.
        var claimed = await db.ImportBatches.Where(b => b.Id == id && b.Status == ImportBatchStatus.Analysed)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportBatchStatus.Importing), ct);
        if (claimed == 0)
        {
            return RedirectToPage(new { id, avis = "deja" });
        }
        try
        {
            var (result, edition, organisation) = await AnalyseAsync(ct);
            var outcome = await import.ImportAsync(Batch, result, Confirmed.ToHashSet(), edition, organisation, User, ct);
            await db.ImportBatches.Where(b => b.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ImportBatchStatus.Imported)
                .SetProperty(b => b.ImportedAt, clock.GetUtcNow().UtcDateTime)
                .SetProperty(b => b.OutcomeJson, JsonSerializer.Serialize(outcome, (JsonSerializerOptions?)null)), ct);
            if (User.Identity?.Name is { } email)
            {
                await mail.SendAsync(new OutgoingMail(email, $"Import terminé : {outcome.Imported} demandes de label déposées",
                    $"""
                    Bonjour,

                    Le fichier « {Batch.FileName} » a été importé : {outcome.Imported} demandes de label déposées, {outcome.Skipped} lignes non importées.
                    Le comité de validation examinera chaque demande dans un délai de {edition.ReviewWorkingDays} jours ouvrés.

                    Le détail ligne par ligne : {mailOptions.Value.PublicBaseUrl.TrimEnd('/')}/organisateur/import/{id}

                    L'équipe de la Semaine de l'industrie
                    """), ct);
            }
        }
        catch
        {
            await db.ImportBatches.Where(b => b.Id == id && b.Status == ImportBatchStatus.Importing)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportBatchStatus.Analysed), CancellationToken.None);
            throw;
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var organisationId = User.OrganisationId();
        var batch = await db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.OrganisationId == organisationId, ct);
        if (batch is null)
        {
            return false;
        }
        Batch = batch;
        Outcome = batch.OutcomeJson is null ? null : JsonSerializer.Deserialize<ImportOutcome>(batch.OutcomeJson);
        return true;
    }

    private async Task<(ImportAnalysisResult Result, Editions.Edition Edition, string Organisation)> AnalyseAsync(CancellationToken ct)
    {
        var edition = await db.Editions.AsNoTracking().SingleAsync(e => e.Id == Batch.EditionId, ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == Batch.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        return (await analysis.AnalyseAsync(Batch.Content, edition, Batch.OrganisationId, organisation, ct), edition, organisation);
    }
}
