using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Features.Accounts;

public sealed class SignUpModel(UserManager<AppUser> users, AccountMails mails, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet(bool envoye = false) => Sent = envoye;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = new AppUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            FullName = Input.FullName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }
            return Page();
        }
        await users.AddToRoleAsync(user, Roles.Organiser);
        await mails.SendConfirmationAsync(user, ct);
        return RedirectToPage(new { envoye = true });
    }
}

public sealed record SignUpInput
{
    [Required(ErrorMessage = "Indiquez vos prénom et nom.")]
    [StringLength(120, ErrorMessage = "Le nom ne peut pas dépasser 120 caractères.")]
    public string FullName { get; init; } = "";

    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide (format attendu : nom@domaine.fr).")]
    [StringLength(254, ErrorMessage = "L'adresse électronique est trop longue.")]
    public string Email { get; init; } = "";

    [Required(ErrorMessage = "Choisissez un mot de passe.")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "Le mot de passe doit contenir entre 12 et 128 caractères.")]
    public string Password { get; init; } = "";

    [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    public string ConfirmPassword { get; init; } = "";
}
