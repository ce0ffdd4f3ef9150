using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Responses;

namespace PurchasePlatform.BuildingBlocks.Validation;

/// <summary>Validates every <typeparamref name="T"/> argument with its registered validator before the handler runs.</summary>
internal sealed class ValidationFilter<T> : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var validator = context.HttpContext.RequestServices.GetService<IValidator<T>>()
            ?? throw new InvalidOperationException(
                $"WithValidation<{typeof(T).Name}>() needs an IValidator<{typeof(T).Name}> in the service's assembly.");

        foreach (var argument in context.Arguments.OfType<T>())
        {
            var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
            if (!result.IsValid)
            {
                return ApiResults.ValidationFailed(result);
            }
        }

        return await next(context);
    }
}
