using System.ComponentModel.DataAnnotations;

namespace SemaineIndustrie.Features.Registrations;

/// The registration form, for one person or for a group (a teacher with a class).
public sealed record RegistrationInput
{
    public int SessionId { get; init; }
    public RegistrationKind Kind { get; init; }

    [Required(ErrorMessage = "Indiquez votre nom.")]
    [StringLength(120, ErrorMessage = "Le nom ne peut pas dépasser 120 caractères.")]
    public string Name { get; init; } = "";

    [Required(ErrorMessage = "Indiquez votre adresse électronique : la confirmation et le lien d'annulation y sont envoyés.")]
    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide (format attendu : nom@domaine.fr).")]
    [StringLength(254, ErrorMessage = "L'adresse électronique est trop longue.")]
    public string Email { get; init; } = "";

    [Phone(ErrorMessage = "Le numéro de téléphone n'est pas valide.")]
    [StringLength(20, ErrorMessage = "Le numéro de téléphone est trop long.")]
    public string? Phone { get; init; }

    [StringLength(200, ErrorMessage = "Le nom de l'établissement ne peut pas dépasser 200 caractères.")]
    public string? Establishment { get; init; }

    [StringLength(60, ErrorMessage = "Le niveau ne peut pas dépasser 60 caractères.")]
    public string? ClassLevel { get; init; }

    public int? Participants { get; init; }

    public bool Consent { get; init; }

    /// Left empty by people; robots fill every field they find.
    public string? Website { get; init; }
}
