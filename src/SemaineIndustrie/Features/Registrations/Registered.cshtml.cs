using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Features.Registrations;

public sealed class RegisteredModel : PageModel
{
    public bool Waitlisted { get; private set; }
    public int EventId { get; private set; }

    public void OnGet(int id, string? statut) => (EventId, Waitlisted) = (id, statut == "attente");
}
