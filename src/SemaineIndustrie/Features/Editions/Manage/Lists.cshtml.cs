using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Editions.Manage;

/// The lists organisers choose from and visitors filter by: audiences, themes, types, sectors.
/// Codes never change (events and links refer to them); labels can be reworded and entries added.
public sealed class ListsModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Term> Terms { get; private set; } = [];

    [BindProperty] public TermKind Kind { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Label { get; set; }
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? avis, CancellationToken ct)
    {
        Notice = avis is null ? null : "La liste est enregistrée ; la recherche publique la reprend dans quelques secondes.";
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var label = Label?.Trim() ?? "";
        if (label.Length is 0 or > 100)
        {
            ModelState.AddModelError(nameof(Label), "Le libellé compte de 1 à 100 caractères.");
        }
        var code = Slugs.From(label, 40);
        if (await db.Terms.AnyAsync(t => t.Kind == Kind && t.Code == code, ct))
        {
            ModelState.AddModelError(nameof(Label), "Cette entrée existe déjà dans la liste.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var position = await db.Terms.Where(t => t.Kind == Kind).Select(t => (int?)t.Position).MaxAsync(ct) ?? 0;
        db.Terms.Add(new Term { Kind = Kind, Code = code, Label = label, Position = position + 1 });
        await SaveAsync(ct);
        return RedirectToPage(new { avis = "ok" });
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken ct)
    {
        var term = await db.Terms.FirstOrDefaultAsync(t => t.Kind == Kind && t.Code == Code, ct);
        if (term is null)
        {
            return NotFound();
        }
        var label = Label?.Trim() ?? "";
        if (label.Length is 0 or > 100)
        {
            ModelState.AddModelError(nameof(Label), "Le libellé compte de 1 à 100 caractères.");
            await LoadAsync(ct);
            return Page();
        }
        term.Label = label;
        await SaveAsync(ct);
        return RedirectToPage(new { avis = "ok" });
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.BumpCatalogueVersionAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Terms = await db.Terms.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Position).ToListAsync(ct);

    public static string KindLabel(TermKind kind) => kind switch
    {
        TermKind.Type => "Types d'événement",
        TermKind.Audience => "Publics cibles",
        TermKind.Theme => "Thématiques",
        _ => "Filières",
    };
}
