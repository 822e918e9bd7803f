using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Editions.Manage;

/// Creates or edits an edition. The eligibility window is either a tolerance around the official
/// week (2024: 15 days before and after) or explicit dates (2022: 7 November – 12 December).
public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public EditionInput Input { get; set; } = new();

    public int? EditionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            var latest = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).FirstOrDefaultAsync(ct);
            Input = new EditionInput { Number = (latest?.Number ?? 0) + 1, Year = (latest?.Year ?? DateTime.UtcNow.Year) + 1, Theme = latest?.Theme, ToleranceDays = 15 };
            return Page();
        }
        var e = await db.Editions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound();
        }
        EditionId = e.Id;
        Input = new EditionInput
        {
            Number = e.Number, Year = e.Year, Theme = e.Theme, StartsOn = e.StartsOn, EndsOn = e.EndsOn, EligibleFrom = e.EligibleFrom,
            EligibleUntil = e.EligibleUntil, LabellingOpensOn = e.LabellingOpensOn, LabellingDeadline = e.LabellingDeadline, ReviewWorkingDays = e.ReviewWorkingDays,
            ReportedLabelledEvents = e.ReportedLabelledEvents, ReportedParticipants = e.ReportedParticipants,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var e = id is null ? new Edition() : await db.Editions.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound();
        }
        EditionId = id;
        Validate();
        if (await db.Editions.AnyAsync(x => x.Id != id && x.Year == Input.Year, ct))
        {
            ModelState.AddModelError("Input.Year", $"L'édition {Input.Year} existe déjà.");
        }
        if (await db.Editions.AnyAsync(x => x.Id != id && x.Number == Input.Number, ct))
        {
            ModelState.AddModelError("Input.Number", $"Une édition porte déjà le numéro {Input.Number}.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (from, until) = Window();
        (e.Number, e.Year, e.Theme, e.StartsOn, e.EndsOn, e.EligibleFrom, e.EligibleUntil) =
            (Input.Number, Input.Year, Input.Theme?.Trim(), Input.StartsOn!.Value, Input.EndsOn!.Value, from, until);
        (e.LabellingOpensOn, e.LabellingDeadline, e.ReviewWorkingDays) = (Input.LabellingOpensOn, Input.LabellingDeadline, Input.ReviewWorkingDays);
        (e.ReportedLabelledEvents, e.ReportedParticipants) = (Input.ReportedLabelledEvents, Input.ReportedParticipants);
        if (id is null)
        {
            db.Editions.Add(e);
        }
        await db.SaveChangesAsync(ct);
        return Redirect("/administration/editions");
    }

    private (DateOnly From, DateOnly Until) Window() => Input.ToleranceDays is { } days
        ? (Input.StartsOn!.Value.AddDays(-days), Input.EndsOn!.Value.AddDays(days))
        : (Input.EligibleFrom!.Value, Input.EligibleUntil!.Value);

    private void Validate()
    {
        if (Input.StartsOn is not { } starts || Input.EndsOn is not { } ends)
        {
            ModelState.AddModelError("Input.StartsOn", "Indiquez le premier et le dernier jour de la semaine officielle.");
            return;
        }
        if (ends < starts)
        {
            ModelState.AddModelError("Input.EndsOn", "Le dernier jour doit suivre le premier.");
        }
        if (Input.ToleranceDays is null && (Input.EligibleFrom is null || Input.EligibleUntil is null))
        {
            ModelState.AddModelError("Input.EligibleFrom", "Indiquez une tolérance en jours ou les dates de début et de fin de la période éligible.");
            return;
        }
        var (from, until) = Window();
        if (from > starts || until < ends)
        {
            ModelState.AddModelError("Input.EligibleFrom", "La période éligible doit contenir la semaine officielle.");
        }
        if (Input.LabellingOpensOn is { } opens && Input.LabellingDeadline is { } deadline && deadline < opens)
        {
            ModelState.AddModelError("Input.LabellingDeadline", "La date limite des demandes doit suivre leur ouverture.");
        }
        if (Input.LabellingDeadline is { } last && last > until)
        {
            ModelState.AddModelError("Input.LabellingDeadline", "La date limite des demandes doit précéder la fin de la période éligible.");
        }
    }
}

public sealed record EditionInput
{
    [Range(1, 999, ErrorMessage = "Le numéro d'édition est compris entre 1 et 999.")]
    public int Number { get; init; }

    [Range(2011, 2100, ErrorMessage = "L'année est comprise entre 2011 et 2100.")]
    public int Year { get; init; }

    [StringLength(200, ErrorMessage = "Le thème ne peut pas dépasser 200 caractères.")]
    public string? Theme { get; init; }

    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }

    [Range(0, 60, ErrorMessage = "La tolérance est comprise entre 0 et 60 jours.")]
    public int? ToleranceDays { get; init; }

    public DateOnly? EligibleFrom { get; init; }
    public DateOnly? EligibleUntil { get; init; }
    public DateOnly? LabellingOpensOn { get; init; }
    public DateOnly? LabellingDeadline { get; init; }

    [Range(1, 30, ErrorMessage = "Le délai d'examen est compris entre 1 et 30 jours ouvrés.")]
    public int ReviewWorkingDays { get; init; } = 4;

    [Range(0, 1_000_000, ErrorMessage = "Le nombre d'événements labellisés est compris entre 0 et 1 000 000.")]
    public int? ReportedLabelledEvents { get; init; }

    [Range(0, 100_000_000, ErrorMessage = "Le nombre de participants est compris entre 0 et 100 000 000.")]
    public int? ReportedParticipants { get; init; }
}
