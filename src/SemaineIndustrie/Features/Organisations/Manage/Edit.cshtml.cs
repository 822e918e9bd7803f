using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Organisations.Manage;

/// The organiser's organisation: created by the first person, then shared by its members.
public sealed class EditModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, FrenchGeography geography,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [BindProperty]
    public string? ColleagueEmail { get; set; }

    public bool IsNew { get; private set; }
    public IReadOnlyList<(string Name, string Email)> Members { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? avis, CancellationToken ct)
    {
        await LoadAsync(ct);
        Notice = avis switch
        {
            "creee" => "Votre structure est enregistrée. Vous pouvez maintenant créer vos événements.",
            "enregistree" => "Les modifications sont enregistrées.",
            "membre" => "Votre collègue gère maintenant la structure avec vous.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var siret = SiretNumber.Normalise(Input.Siret);
        if (siret.Length > 0 && !SiretNumber.IsValid(siret))
        {
            ModelState.AddModelError("Input.Siret", "Le SIRET doit compter 14 chiffres et sa clé de contrôle doit être juste : vérifiez-le sur votre extrait Kbis ou l'annuaire des entreprises.");
        }
        var commune = geography.FindCommune(Input.PostalCode, Input.City);
        if (Input.PostalCode is { Length: > 0 } && commune is null)
        {
            ModelState.AddModelError("Input.City", "Cette commune ne correspond pas au code postal.");
        }
        if (!ModelState.IsValid)
        {
            await LoadMembersAsync(ct);
            IsNew = User.OrganisationId() is null;
            return Page();
        }
        var organisationId = User.OrganisationId();
        var organisation = organisationId is null
            ? new Organisation { Name = "", CreatedAt = clock.GetUtcNow().UtcDateTime }
            : await db.Organisations.SingleAsync(o => o.Id == organisationId, ct);
        organisation.Name = Input.Name.Trim();
        organisation.Kind = Input.Kind;
        organisation.Siret = siret.Length > 0 ? siret : null;
        organisation.AddressLine = Input.AddressLine?.Trim();
        organisation.PostalCode = Input.PostalCode?.Trim();
        organisation.City = commune?.Name ?? Input.City?.Trim();
        organisation.CommuneCode = commune?.Code;
        organisation.Website = Input.Website?.Trim();
        organisation.ContactName = Input.ContactName?.Trim();
        organisation.ContactEmail = Input.ContactEmail?.Trim();
        organisation.ContactPhone = Input.ContactPhone?.Trim();
        if (organisationId is not null)
        {
            await db.SaveChangesAsync(ct);
            return RedirectToPage(new { avis = "enregistree" });
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found");
        user.OrganisationId = organisation.Id;
        await users.UpdateAsync(user);
        await transaction.CommitAsync(ct);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { avis = "creee" });
    }

    /// A member adds a colleague who already has an account and no organisation yet.
    public async Task<IActionResult> OnPostColleagueAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (User.OrganisationId() is not { } organisationId)
        {
            return RedirectToPage();
        }
        var colleague = string.IsNullOrWhiteSpace(ColleagueEmail) ? null : await users.FindByEmailAsync(ColleagueEmail.Trim());
        if (colleague is null || !await users.IsInRoleAsync(colleague, Roles.Organiser))
        {
            ModelState.AddModelError(nameof(ColleagueEmail), "Aucun compte organisateur n'existe avec cette adresse. Demandez à votre collègue de créer son compte, puis ajoutez-le.");
        }
        else if (colleague.OrganisationId is { } other && other != organisationId)
        {
            ModelState.AddModelError(nameof(ColleagueEmail), "Cette personne gère déjà une autre structure.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        colleague!.OrganisationId = organisationId;
        await users.UpdateAsync(colleague);
        // Their next request picks up the organisation (the security stamp invalidates the old cookie).
        await users.UpdateSecurityStampAsync(colleague);
        return RedirectToPage(new { avis = "membre" });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var organisationId = User.OrganisationId();
        IsNew = organisationId is null;
        if (organisationId is { } id && ModelState.IsValid)
        {
            Input = await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => new OrganisationInput
            {
                Name = o.Name,
                Kind = o.Kind,
                Siret = o.Siret,
                AddressLine = o.AddressLine,
                PostalCode = o.PostalCode,
                City = o.City,
                Website = o.Website,
                ContactName = o.ContactName,
                ContactEmail = o.ContactEmail,
                ContactPhone = o.ContactPhone,
            }).SingleAsync(ct);
        }
        await LoadMembersAsync(ct);
    }

    private async Task LoadMembersAsync(CancellationToken ct)
    {
        var organisationId = User.OrganisationId();
        Members = organisationId is null ? [] : (await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId)
            .OrderBy(u => u.FullName).Select(u => new { u.FullName, u.Email }).ToListAsync(ct)).Select(u => (u.FullName, u.Email ?? "")).ToList();
    }
}

public sealed record OrganisationInput
{
    [Required(ErrorMessage = "Indiquez le nom de la structure.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut pas dépasser 200 caractères.")]
    public string Name { get; init; } = "";

    public OrganisationKind Kind { get; init; }

    [StringLength(20, ErrorMessage = "Le SIRET compte 14 chiffres.")]
    public string? Siret { get; init; }

    [StringLength(200, ErrorMessage = "L'adresse ne peut pas dépasser 200 caractères.")]
    public string? AddressLine { get; init; }

    [RegularExpression("^[0-9]{5}$", ErrorMessage = "Le code postal compte 5 chiffres.")]
    public string? PostalCode { get; init; }

    [StringLength(100, ErrorMessage = "La commune ne peut pas dépasser 100 caractères.")]
    public string? City { get; init; }

    [Url(ErrorMessage = "Le site web doit être une adresse complète (https://…).")]
    [StringLength(300, ErrorMessage = "L'adresse du site ne peut pas dépasser 300 caractères.")]
    public string? Website { get; init; }

    [StringLength(120, ErrorMessage = "Le nom du contact ne peut pas dépasser 120 caractères.")]
    public string? ContactName { get; init; }

    [EmailAddress(ErrorMessage = "L'adresse électronique du contact n'est pas valide.")]
    [StringLength(254, ErrorMessage = "L'adresse électronique est trop longue.")]
    public string? ContactEmail { get; init; }

    [Phone(ErrorMessage = "Le numéro de téléphone n'est pas valide.")]
    [StringLength(20, ErrorMessage = "Le numéro de téléphone est trop long.")]
    public string? ContactPhone { get; init; }
}
