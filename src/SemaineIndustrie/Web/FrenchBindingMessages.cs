using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SemaineIndustrie.Web;

/// Model binding speaks French too: a date typed as « demain » gets a sentence, not "The value is invalid".
public static class FrenchBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
        messages.SetMissingKeyOrValueAccessor(() => "Ce champ est obligatoire.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"La valeur « {value} » n'est pas valide.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "La valeur saisie n'est pas valide.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
        messages.SetValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        messages.SetValueMustBeANumberAccessor(_ => "Saisissez un nombre.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Saisissez un nombre.");
    }
}
