using System.Globalization;
using System.Text.Json.Nodes;
using PurchasePlatform.Identity.Domain.Events;

namespace PurchasePlatform.Identity.Infrastructure.Outbox;

/// <summary>Turns domain events into <c>user_events</c> rows, with 002's snake_case data.</summary>
public static class UserEventRows
{
    public static UserEvent From(UserDomainEvent domainEvent)
    {
        var (type, data, secrets) = domainEvent switch
        {
            UserCreated created => (UserEventTypes.UserCreated, new JsonObject
            {
                ["email"] = created.Email,
                ["username"] = created.Username,
                ["first_name"] = created.FirstName,
                ["last_name"] = created.LastName,
                ["created_at"] = Timestamp(created.OccurredAt),
            }, null),
            UserVerified verified => (UserEventTypes.UserVerified, new JsonObject
            {
                ["email"] = verified.Email,
                ["verified_at"] = Timestamp(verified.OccurredAt),
            }, null),
            PasswordResetRequested reset => (UserEventTypes.PasswordResetRequested, new JsonObject
            {
                ["email"] = reset.Email,
                ["expires_at"] = Timestamp(reset.ExpiresAt),
            }, new JsonObject { ["reset_token"] = reset.ResetToken }),
            EmailVerificationRequested verification => (UserEventTypes.EmailVerificationRequested, new JsonObject
            {
                ["email"] = verification.Email,
                ["expires_at"] = Timestamp(verification.ExpiresAt),
            }, new JsonObject { ["verification_token"] = verification.VerificationToken }),
            _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "no user_events mapping"),
        };

        return new UserEvent
        {
            Id = "evt-" + Guid.NewGuid().ToString("N"),
            UserId = domainEvent.UserId,
            Sequence = domainEvent.Sequence,
            EventType = type,
            Topic = UserEventTypes.TopicOf(type),
            Data = data.ToJsonString(),
            SecretData = secrets?.ToJsonString(),
            OccurredAt = domainEvent.OccurredAt,
        };
    }

    /// <summary>
    /// The message published for a row (002's event schema): <c>event_id</c>, <c>event_type</c>, <c>user_id</c>,
    /// <c>data</c> (with the secrets the mail needs) and <c>created_at</c>.
    /// </summary>
    public static JsonObject Message(UserEvent row)
    {
        var data = JsonNode.Parse(row.Data)!.AsObject();
        if (row.SecretData is not null)
        {
            foreach (var (name, value) in JsonNode.Parse(row.SecretData)!.AsObject())
            {
                data[name] = value?.DeepClone();
            }
        }

        return new JsonObject
        {
            ["event_id"] = row.Id,
            ["event_type"] = row.EventType,
            ["user_id"] = row.UserId.ToString("D"),
            ["data"] = data,
            ["created_at"] = Timestamp(row.OccurredAt),
        };
    }

    public static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
