using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PurchasePlatform.BuildingBlocks.Validation;

public static class ValidationEndpointExtensions
{
    /// <summary>Answers 400 in the platform format, without calling the handler, when a <typeparamref name="T"/> argument is invalid.</summary>
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(new ValidationFilter<T>());

    /// <inheritdoc cref="WithValidation{T}(RouteHandlerBuilder)"/>
    public static RouteGroupBuilder WithValidation<T>(this RouteGroupBuilder builder) =>
        builder.AddEndpointFilter(new ValidationFilter<T>());
}
