using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Accounts.Manage;

/// Administrators name regional moderators and the regions they cover. A new moderator receives an
/// e-mail to choose a password; a change of regions reaches their session within a minute.
public sealed class ModeratorsModel(AppDbContext db, UserManager<AppUser> users, AccountMails mails, FrenchGeography geography, TimeProvider clock)
    : PageModel
{
    public sealed record Moderator(int Id, string Name, string Email, IReadOnlyList<string> Regions);

    [BindProperty]
    public ModeratorInput Input { get; set; } = new();

    public IReadOnlyList<Moderator> Moderators { get; private set; } = [];
    public IReadOnlyList<Region> AllRegions => geography.Regions;
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? avis, CancellationToken ct)
    {
        Notice = avis switch
        {
            "nomme" => "Le modérateur est nommé ; s'il n'avait pas de compte, il a reçu un courriel pour choisir son mot de passe.",
            "regions" => "Les régions sont enregistrées.",
            "retire" => "Cette personne n'est plus modératrice.",
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var regions = Input.Regions.Where(r => geography.Region(r) is not null).Distinct().ToList();
        if (regions.Count == 0)
        {
            ModelState.AddModelError("Input.Regions", "Choisissez au moins une région.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var created = user is null;
        if (user is null)
        {
            user = new AppUser
            {
                UserName = Input.Email.Trim(),
                Email = Input.Email.Trim(),
                EmailConfirmed = true,
                FullName = string.IsNullOrWhiteSpace(Input.FullName) ? Input.Email.Trim() : Input.FullName.Trim(),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError("Input.Email", error.Description);
                }
                await LoadAsync(ct);
                return Page();
            }
        }
        if (!await users.IsInRoleAsync(user, Roles.Moderator))
        {
            await users.AddToRoleAsync(user, Roles.Moderator);
        }
        await SetRegionsAsync(user, regions, ct);
        if (created)
        {
            await mails.SendPasswordResetAsync(user, ct);
        }
        return RedirectToPage(new { avis = "nomme" });
    }

    public async Task<IActionResult> OnPostRegionsAsync(int id, List<string> regions, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null || !await users.IsInRoleAsync(user, Roles.Moderator))
        {
            return NotFound();
        }
        await SetRegionsAsync(user, regions.Where(r => geography.Region(r) is not null).Distinct().ToList(), ct);
        return RedirectToPage(new { avis = "regions" });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }
        await users.RemoveFromRoleAsync(user, Roles.Moderator);
        await SetRegionsAsync(user, [], ct);
        return RedirectToPage(new { avis = "retire" });
    }

    private async Task SetRegionsAsync(AppUser user, IReadOnlyList<string> regions, CancellationToken ct)
    {
        await db.ModeratorRegions.Where(r => r.UserId == user.Id).ExecuteDeleteAsync(ct);
        db.ModeratorRegions.AddRange(regions.Select(r => new ModeratorRegion { UserId = user.Id, RegionCode = r }));
        await db.SaveChangesAsync(ct);
        // The regions live in the sign-in cookie: a new stamp makes it refresh.
        await users.UpdateSecurityStampAsync(user);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var moderators = await users.GetUsersInRoleAsync(Roles.Moderator);
        var ids = moderators.Select(m => m.Id).ToList();
        var regions = await db.ModeratorRegions.AsNoTracking().Where(r => ids.Contains(r.UserId)).ToListAsync(ct);
        Moderators = moderators.OrderBy(m => m.FullName)
            .Select(m => new Moderator(m.Id, m.FullName, m.Email ?? "", regions.Where(r => r.UserId == m.Id).Select(r => r.RegionCode).ToList()))
            .ToList();
    }

    public string RegionName(string code) => geography.Region(code)?.Name ?? code;
}

public sealed record ModeratorInput
{
    [Required(ErrorMessage = "Indiquez l'adresse électronique du modérateur.")]
    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide.")]
    public string Email { get; init; } = "";

    [StringLength(120, ErrorMessage = "Le nom ne peut pas dépasser 120 caractères.")]
    public string? FullName { get; init; }

    public List<string> Regions { get; init; } = [];
}
