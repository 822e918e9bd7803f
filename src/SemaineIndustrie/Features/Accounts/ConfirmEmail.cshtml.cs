using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Features.Accounts;

public sealed class ConfirmEmailModel(UserManager<AppUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? utilisateur, string? code)
    {
        var token = AccountMails.DecodeToken(code);
        var user = utilisateur is null || token is null ? null : await users.FindByIdAsync(utilisateur);
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, token!)).Succeeded;
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
