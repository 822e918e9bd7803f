using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SemaineIndustrie.Features.Shared;

/// One DSFR form field: label, hint, input and the French error message next to it, linked with
/// aria-describedby so screen readers announce the error with the field.
///   <field for="Input.Email" label="Adresse électronique" type="email" hint="Format attendu : nom@domaine.fr" />
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    public required string Label { get; set; }
    public string? Hint { get; set; }

    /// text, email, password, tel, url, date, time, datetime-local, number or textarea.
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public int Rows { get; set; } = 6;
    public int? MaxLength { get; set; }
    public bool Required { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var attempted = entry?.AttemptedValue;
        var value = attempted ?? Format(For.Model);
        var describedBy = new List<string>();
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "fr-input-group fr-input-group--error" : "fr-input-group");

        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<label class=\"fr-label\" for=\"{id}\">{enc.Encode(Label)}");
        if (Hint is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"fr-hint-text\">{enc.Encode(Hint)}</span>");
        }
        html.Append("</label>");
        if (errors.Count > 0)
        {
            describedBy.Add(id + "-erreur");
        }
        var common = $" id=\"{id}\" name=\"{enc.Encode(name)}\" class=\"fr-input{(errors.Count > 0 ? " fr-input--error" : "")}\""
            + (Autocomplete is null ? "" : $" autocomplete=\"{enc.Encode(Autocomplete)}\"")
            + (MaxLength is null ? "" : $" maxlength=\"{MaxLength}\"")
            + (Required ? " required aria-required=\"true\"" : "")
            + (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "")
            + (errors.Count > 0 ? " aria-invalid=\"true\"" : "");
        if (Type == "textarea")
        {
            html.Append(CultureInfo.InvariantCulture, $"<textarea{common} rows=\"{Rows}\">{enc.Encode(value)}</textarea>");
        }
        else
        {
            var shown = Type == "password" ? "" : value;
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"{Type}\"{common} value=\"{enc.Encode(shown)}\">");
        }
        if (errors.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"{id}-erreur\" class=\"fr-error-text\">{enc.Encode(string.Join(" ", errors))}</p>");
        }
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Format(object? model) => model switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString() ?? "",
    };
}
