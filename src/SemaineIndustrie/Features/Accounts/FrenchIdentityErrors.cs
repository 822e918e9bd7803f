using Microsoft.AspNetCore.Identity;

namespace SemaineIndustrie.Features.Accounts;

/// Identity's messages, in French and without naming internals.
public sealed class FrenchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Un compte existe déjà avec cette adresse électronique.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Un compte existe déjà avec cette adresse électronique.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "L'adresse électronique n'est pas valide.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "L'adresse électronique n'est pas valide.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Le mot de passe doit contenir au moins {length} caractères.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une lettre minuscule.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une lettre majuscule.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Ce lien n'est plus valable. Demandez-en un nouveau.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Le mot de passe est incorrect.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Le compte a été modifié entre-temps. Recommencez.");
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Une erreur est survenue. Recommencez.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
