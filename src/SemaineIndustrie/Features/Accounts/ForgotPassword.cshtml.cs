using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Features.Accounts;

public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountMails mails) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet(bool envoye = false) => Sent = envoye;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // The answer is the same whether the account exists or not, so the page reveals no addresses.
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { EmailConfirmed: true } user)
        {
            await mails.SendPasswordResetAsync(user, ct);
        }
        return RedirectToPage(new { envoye = true });
    }
}

public sealed record ForgotPasswordInput
{
    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide (format attendu : nom@domaine.fr).")]
    public string Email { get; init; } = "";
}
