using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Content.Manage;

/// Creates, changes or removes a press or regional contact.
public sealed class ContactModel(AppDbContext db, FrenchGeography geography, ContentCache cache) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public int? ContactId { get; private set; }
    public IReadOnlyList<Region> Regions => geography.Regions;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        ContactId = id;
        if (id is null)
        {
            return Page();
        }
        var c = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return NotFound();
        }
        Input = new ContactInput
        {
            Scope = c.Scope, RegionCode = c.RegionCode, Organisation = c.Organisation, Name = c.Name, Role = c.Role, Phone = c.Phone,
            Email = c.Email, Website = c.Website, SortOrder = c.SortOrder,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        ContactId = id;
        var c = id is null ? null : await db.Contacts.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (id is not null && c is null)
        {
            return NotFound();
        }
        if (Input.RegionCode is { Length: > 0 } && geography.Region(Input.RegionCode) is null)
        {
            ModelState.AddModelError("Input.RegionCode", "Choisissez une région de la liste.");
        }
        if (Input.Scope == ContactScope.Region && string.IsNullOrEmpty(Input.RegionCode))
        {
            ModelState.AddModelError("Input.RegionCode", "Un contact de page régionale appartient à une région.");
        }
        if (Input.Website is { Length: > 0 } && SafeLinks.Http(Input.Website) is null)
        {
            ModelState.AddModelError("Input.Website", "Indiquez une adresse complète commençant par https:// ou http://.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        c ??= db.Contacts.Add(new Contact { Organisation = "" }).Entity;
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        (c.Scope, c.RegionCode, c.Organisation, c.Name, c.Role) = (Input.Scope, Clean(Input.RegionCode), Input.Organisation!.Trim(), Clean(Input.Name), Clean(Input.Role));
        (c.Phone, c.Email, c.Website, c.SortOrder) = (Clean(Input.Phone), Clean(Input.Email), SafeLinks.Http(Input.Website), Input.SortOrder);
        await db.SaveChangesAsync(ct);
        await cache.PublishedAsync(db, ct);
        return Redirect("/administration/contenus/contacts");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await db.Contacts.Where(c => c.Id == id).ExecuteDeleteAsync(ct) == 0)
        {
            return NotFound();
        }
        await cache.PublishedAsync(db, ct);
        return Redirect("/administration/contenus/contacts");
    }
}

public sealed record ContactInput
{
    public ContactScope Scope { get; init; }
    public string? RegionCode { get; init; }

    [Required(ErrorMessage = "Indiquez l'organisme.")]
    [StringLength(150, ErrorMessage = "L'organisme ne peut pas dépasser 150 caractères.")]
    public string? Organisation { get; init; }

    [StringLength(100, ErrorMessage = "Le nom ne peut pas dépasser 100 caractères.")]
    public string? Name { get; init; }

    [StringLength(150, ErrorMessage = "La fonction ne peut pas dépasser 150 caractères.")]
    public string? Role { get; init; }

    [StringLength(30, ErrorMessage = "Le téléphone ne peut pas dépasser 30 caractères.")]
    [RegularExpression(@"^\+?[0-9 .()-]{6,30}$", ErrorMessage = "Indiquez un numéro de téléphone, par exemple 01 44 87 17 17.")]
    public string? Phone { get; init; }

    [StringLength(200, ErrorMessage = "L'adresse électronique ne peut pas dépasser 200 caractères.")]
    [EmailAddress(ErrorMessage = "Indiquez une adresse électronique valide, par exemple presse@exemple.fr.")]
    public string? Email { get; init; }

    [StringLength(500, ErrorMessage = "Le site ne peut pas dépasser 500 caractères.")]
    public string? Website { get; init; }

    [Range(0, 9999, ErrorMessage = "L'ordre est un nombre entre 0 et 9 999.")]
    public int SortOrder { get; init; }
}
