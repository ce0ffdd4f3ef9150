using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.Notifications.Messages.Templates;

namespace PurchasePlatform.Notifications.Messages.Api;

public sealed class SendEmailRequestValidator : AbstractValidator<SendEmailRequest>
{
    public SendEmailRequestValidator()
    {
        RuleFor(request => request.To).NotEmpty().MaximumLength(NotificationLimits.EmailAddress).EmailAddress();
        RuleFor(request => request.Subject).NotEmpty().When(request => request.TemplateId is null)
            .WithMessage("'Subject' must not be empty when no templateId is given.");
        RuleFor(request => request.Subject).MaximumLength(NotificationLimits.Subject)
            .Must(subject => subject is null || !subject.AsSpan().ContainsAny('\r', '\n')).WithErrorCode(ErrorCodes.InvalidFormat)
            .WithMessage("'Subject' must be a single line.");
        RuleFor(request => request.Body).MaximumLength(NotificationLimits.EmailBody);
        RuleFor(request => request.TemplateId).KnownTemplate();
        RuleFor(request => request.TemplateData).TemplateData();
    }
}

public sealed partial class SendSmsRequestValidator : AbstractValidator<SendSmsRequest>
{
    public SendSmsRequestValidator()
    {
        RuleFor(request => request.To).NotEmpty().Matches(E164()).WithMessage("'To' must be a phone number in E.164 format, e.g. +14155550100.");
        RuleFor(request => request.Message).NotEmpty().When(request => request.TemplateId is null)
            .WithMessage("'Message' must not be empty when no templateId is given.");
        RuleFor(request => request.Message).MaximumLength(NotificationLimits.SmsText);
        RuleFor(request => request.TemplateId).KnownTemplate();
        RuleFor(request => request.TemplateData).TemplateData();
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164();
}

public static class NotificationLimits
{
    public const int EmailAddress = 254;
    public const int Subject = 200;
    public const int EmailBody = 100_000;
    public const int SmsText = 1600;
    public const int TemplateData = 16_384;
}

internal static class NotificationRules
{
    public static IRuleBuilderOptions<T, string?> KnownTemplate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || TemplateCatalogue.Exists(id)).WithErrorCode(ErrorCodes.ValidationError)
            .WithMessage($"Unknown template; known templates: {string.Join(", ", TemplateCatalogue.Ids)}");

    public static IRuleBuilderOptions<T, JsonElement?> TemplateData<T>(this IRuleBuilder<T, JsonElement?> rule) =>
        rule.Must(data => data is null || data.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
            .WithErrorCode(ErrorCodes.ValidationError).WithMessage("'Template Data' must be a JSON object.")
            .Must(data => data is null || data.Value.GetRawText().Length <= NotificationLimits.TemplateData)
            .WithErrorCode(ErrorCodes.ValidationError).WithMessage($"'Template Data' must be at most {NotificationLimits.TemplateData} characters of JSON.");
}
