using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SemaineIndustrie.Web;

/// Browsers post numbers, dates and times in invariant formats (`45.73`, `2026-11-17`, `09:30`)
/// whatever the page's language, so forms are read with the invariant culture, not fr-FR.
public sealed class InvariantFormValues : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
        }
    }

    public static void Replace(IList<IValueProviderFactory> factories)
    {
        var index = factories.IndexOf(factories.OfType<FormValueProviderFactory>().Single());
        factories[index] = new InvariantFormValues();
    }
}
