using FluentValidation;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

public sealed record ThingRequest(string? Name, string? Email, int Quantity);

// Found by the defaults' assembly scan (the test app's ApplicationName is this assembly), never registered by hand.
public sealed class ThingRequestValidator : AbstractValidator<ThingRequest>
{
    public ThingRequestValidator()
    {
        RuleFor(thing => thing.Name).NotEmpty();
        RuleFor(thing => thing.Email).EmailAddress();
        RuleFor(thing => thing.Quantity).GreaterThan(0);
    }
}
