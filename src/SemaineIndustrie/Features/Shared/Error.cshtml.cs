using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Features.Shared;

/// The one error page for everything that is not /api: re-executed by the exception handler and by
/// the status code pages, whatever the original verb was, so it must not demand an antiforgery token.
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; } = StatusCodes.Status500InternalServerError;
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public IActionResult OnGet()
    {
        Code = OriginalStatusCode();
        (Heading, Message) = Describe(Code);
        Response.StatusCode = Code;
        return Page();
    }

    public IActionResult OnPost() => OnGet();

    // A re-executed PUT or DELETE finds no handler, yet the page must still say what happened.
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            OnGet();
        }
    }

    private int OriginalStatusCode()
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return reExecuted.OriginalStatusCode;
        }
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return StatusCodes.Status500InternalServerError;
        }
        return int.TryParse(Request.Query["code"], out var code) && code is >= 400 and <= 599
            ? code
            : StatusCodes.Status500InternalServerError;
    }

    private static (string Heading, string Message) Describe(int code) => code switch
    {
        StatusCodes.Status400BadRequest => ("Requête incorrecte",
            "La demande envoyée au site n’a pas pu être comprise. Vérifiez l’adresse ou les informations saisies, puis réessayez."),
        StatusCodes.Status401Unauthorized => ("Connexion nécessaire",
            "Vous devez être connecté pour accéder à cette page."),
        StatusCodes.Status403Forbidden => ("Accès refusé",
            "Vous n’avez pas les droits nécessaires pour accéder à cette page."),
        StatusCodes.Status404NotFound => ("Page introuvable",
            "La page que vous cherchez est introuvable. Elle a peut-être été déplacée ou supprimée, ou l’adresse saisie est incorrecte."),
        StatusCodes.Status405MethodNotAllowed => ("Action impossible",
            "Cette page ne permet pas l’action demandée."),
        StatusCodes.Status429TooManyRequests => ("Trop de requêtes",
            "Vous avez envoyé trop de requêtes en peu de temps. Patientez quelques instants avant de réessayer."),
        StatusCodes.Status503ServiceUnavailable => ("Service indisponible",
            "Le service est momentanément indisponible. Réessayez dans quelques minutes."),
        < 500 => ("Demande impossible",
            "Votre demande n’a pas pu aboutir. Vérifiez l’adresse ou les informations saisies, puis réessayez."),
        _ => ("Erreur inattendue",
            "Une erreur inattendue est survenue de notre côté. Nos équipes en sont informées ; réessayez dans quelques instants."),
    };
}
