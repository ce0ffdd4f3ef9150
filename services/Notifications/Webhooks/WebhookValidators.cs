using FluentValidation;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Errors;

namespace PurchasePlatform.Notifications.Webhooks;

internal sealed class CreateWebhookRequestValidator : AbstractValidator<CreateWebhookRequest>
{
    public CreateWebhookRequestValidator(IOptions<WebhooksOptions> options)
    {
        var settings = options.Value;

        RuleFor(request => request.Url).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("url is required")
            .MaximumLength(WebhookRules.MaxUrlLength).WithMessage($"url must be at most {WebhookRules.MaxUrlLength} characters")
            .Custom((url, context) =>
            {
                if (WebhookRules.UrlProblem(url!, settings) is { } problem)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, problem) { ErrorCode = ErrorCodes.InvalidFormat });
                }
            });

        RuleFor(request => request.Events).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("events must name at least one event")
            .Must(events => events!.Distinct(StringComparer.Ordinal).Count() == events!.Count).WithMessage("events must not repeat an event");
        RuleForEach(request => request.Events)
            .Must(WebhookEventTypes.IsKnown).WithErrorCode(ErrorCodes.InvalidFormat)
            .WithMessage(request => $"each event must be one of {string.Join(", ", WebhookEventTypes.All)}");

        RuleFor(request => request.Secret).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("secret is required")
            .Length(WebhookRules.MinSecretLength, WebhookRules.MaxSecretLength)
            .WithMessage($"secret must be {WebhookRules.MinSecretLength} to {WebhookRules.MaxSecretLength} characters");
    }
}

internal sealed class WebhookPageQueryValidator : AbstractValidator<WebhookPageQuery>
{
    public WebhookPageQueryValidator()
    {
        RuleFor(query => query.PageNumber).GreaterThanOrEqualTo(1).WithMessage("pageNumber must be 1 or more");
        RuleFor(query => query.PageSize).InclusiveBetween(1, WebhookPageQuery.MaxPageSize)
            .WithMessage($"pageSize must be between 1 and {WebhookPageQuery.MaxPageSize}");
    }
}
