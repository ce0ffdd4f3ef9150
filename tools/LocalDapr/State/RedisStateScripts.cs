namespace LocalDapr.State;

/// <summary>
/// Lua scripts over daprd's <c>state.redis</c> layout: one hash per key with fields <c>data</c> (the raw value) and
/// <c>version</c> (an integer, the ETag, raised by HINCRBY on every write); TTL is the key's own expiry.
/// </summary>
internal static class RedisStateScripts
{
    /// <summary>KEYS[1]; returns nil when missing, else {data, version, PTTL in ms (-1: no expiry)}.</summary>
    public const string Get = """
        local kind = redis.call('TYPE', KEYS[1]).ok
        if kind == 'none' then return false end
        if kind ~= 'hash' then return redis.error_reply('key ' .. KEYS[1] .. ' holds a ' .. kind .. ', not a state hash') end
        local fields = redis.call('HMGET', KEYS[1], 'data', 'version')
        if not fields[1] or not fields[2] then
          return redis.error_reply("required hash field 'data' or 'version' was not found in " .. KEYS[1])
        end
        return {fields[1], fields[2], redis.call('PTTL', KEYS[1])}
        """;

    /// <summary>Arguments per key, in <see cref="FieldsPerOperation"/> groups.</summary>
    public const int FieldsPerOperation = 5;

    /// <summary>
    /// KEYS[i] with ARGV group i = {"set" or "del", ETag ("" for none), first-write ("1"/"0"), data, lifetime in ms
    /// ("0": no expiry)}. Checks every operation against the state before the batch and only then writes, so a
    /// failed check leaves everything untouched. Returns {"ok"} or {"mismatch", key, detail}.
    /// </summary>
    public static readonly string Apply = $$"""
        local function version(key)
          if redis.call('TYPE', key).ok ~= 'hash' then return false end
          return redis.call('HGET', key, 'version')
        end

        for i, key in ipairs(KEYS) do
          local base = (i - 1) * {{FieldsPerOperation}}
          local etag, firstWrite = ARGV[base + 2], ARGV[base + 3] == '1'
          local current = version(key)
          if etag == '' then
            if firstWrite and current then return {'mismatch', key, 'item already exists and no etag was passed'} end
          elseif not current then
            return {'mismatch', key, 'state does not exist or has expired'}
          elseif current ~= etag then
            return {'mismatch', key, 'current etag ' .. current .. ', expected ' .. etag}
          end
        end

        for i, key in ipairs(KEYS) do
          local base = (i - 1) * {{FieldsPerOperation}}
          if ARGV[base + 1] == 'del' then
            redis.call('DEL', key)
          else
            if redis.call('TYPE', key).ok ~= 'hash' then redis.call('DEL', key) end
            redis.call('HSET', key, 'data', ARGV[base + 4])
            redis.call('HINCRBY', key, 'version', 1)
            local lifetime = tonumber(ARGV[base + 5])
            if lifetime > 0 then redis.call('PEXPIRE', key, lifetime) else redis.call('PERSIST', key) end
          end
        end
        return {'ok'}
        """;
}
