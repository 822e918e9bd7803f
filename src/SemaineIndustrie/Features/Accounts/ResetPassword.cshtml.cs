using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Features.Accounts;

public sealed class ResetPasswordModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "utilisateur")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public bool Done { get; private set; }

    public void OnGet(bool fait = false) => Done = fait;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var token = AccountMails.DecodeToken(Code);
        var user = UserId is null || token is null ? null : await users.FindByIdAsync(UserId);
        if (user is null)
        {
            ModelState.AddModelError("", "Ce lien n'est plus valable. Demandez-en un nouveau.");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token!, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "", error.Description);
            }
            return Page();
        }
        await users.SetLockoutEndDateAsync(user, null);
        return RedirectToPage(new { fait = true });
    }
}

public sealed record ResetPasswordInput
{
    [Required(ErrorMessage = "Choisissez un mot de passe.")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "Le mot de passe doit contenir entre 12 et 128 caractères.")]
    public string Password { get; init; } = "";

    [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    public string ConfirmPassword { get; init; } = "";
}
