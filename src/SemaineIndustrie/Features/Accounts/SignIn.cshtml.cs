using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Features.Accounts;

public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountMails mails) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await users.FindByEmailAsync(Input.Email.Trim());
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : await HomeOfAsync(user!));
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "Trop de tentatives infructueuses : votre compte est verrouillé pendant 15 minutes. Vous pouvez aussi réinitialiser votre mot de passe.");
        }
        else if (result.IsNotAllowed && await users.FindByEmailAsync(Input.Email.Trim()) is { EmailConfirmed: false } unconfirmed)
        {
            await mails.SendConfirmationAsync(unconfirmed, ct);
            ModelState.AddModelError("", "Votre adresse électronique n'est pas encore confirmée. Nous venons de vous renvoyer le lien de confirmation.");
        }
        else
        {
            ModelState.AddModelError("", "Adresse électronique ou mot de passe incorrect.");
        }
        return Page();
    }

    /// Where each role lands after signing in.
    private async Task<string> HomeOfAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return roles.Contains(Roles.Administrator) || roles.Contains(Roles.Moderator) ? "/moderation" : "/organisateur";
    }
}

public sealed record SignInInput
{
    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide (format attendu : nom@domaine.fr).")]
    public string Email { get; init; } = "";

    [Required(ErrorMessage = "Indiquez votre mot de passe.")]
    public string Password { get; init; } = "";

    public bool RememberMe { get; init; }
}
