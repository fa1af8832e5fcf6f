<?php
// Makes test vectors for internal/legacyhash from the reference
// implementations in Debian's PHP: password_hash (bcrypt, argon2id,
// argon2i), libsodium (sodium_crypto_pwhash, sodium_crypto_pwhash_str), and
// Magento 2's Encryptor::getHash / isValidHash (the logic of
// Magento\Framework\Encryption\Encryptor, 2.4.7, re-stated below over the
// same PHP and libsodium functions), and the phpass algorithm (Openwall's
// PasswordHash::crypt_private, re-stated). Each hash is checked back with the
// reference's own verifier before it is written.
//
// Run by make_vectors.sh; writes JSON Lines on standard output:
//   {"format": "...", "hash": "...", "password": "...", "by": "..."}

function out($format, $hash, $password, $by) {
    echo json_encode(['format' => $format, 'hash' => $hash, 'password' => $password, 'by' => $by],
        JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
}

// Magento's Math\Random::getRandomString: letters and digits.
function magento_random_string($n) {
    $chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    $s = '';
    for ($i = 0; $i < $n; $i++) { $s .= $chars[random_int(0, strlen($chars) - 1)]; }
    return $s;
}

// Encryptor::getArgonHash.
function magento_argon($data, $seed, $ops, $mem, $salt) {
    if (strlen($salt) < SODIUM_CRYPTO_PWHASH_SALTBYTES) {
        $salt = str_pad($salt, SODIUM_CRYPTO_PWHASH_SALTBYTES, $salt);
    } elseif (strlen($salt) > SODIUM_CRYPTO_PWHASH_SALTBYTES) {
        $salt = substr($salt, 0, SODIUM_CRYPTO_PWHASH_SALTBYTES);
    }
    return bin2hex(sodium_crypto_pwhash($seed, $data, $salt, $ops, $mem, SODIUM_CRYPTO_PWHASH_ALG_ARGON2ID13));
}

// One step of a hash chain: version 0 md5, 1 sha256, 2 Argon2ID13 with
// libsodium's INTERACTIVE limits, "3_SEED_OPS_MEM" with its own.
function magento_step($input, $salt, $version) {
    if (is_string($version) && preg_match('/^3_(\d+)_(\d+)_(\d+)$/', $version, $m)) {
        return magento_argon($input, (int)$m[1], (int)$m[2], (int)$m[3], $salt);
    }
    switch ((int)$version) {
        case 0: return hash('md5', $salt . $input);
        case 1: return hash('sha256', $salt . $input);
        case 2: return magento_argon($input, SODIUM_CRYPTO_SIGN_SEEDBYTES,
            SODIUM_CRYPTO_PWHASH_OPSLIMIT_INTERACTIVE, SODIUM_CRYPTO_PWHASH_MEMLIMIT_INTERACTIVE, $salt);
    }
    throw new Exception("unknown version $version");
}

// Encryptor::getHash($password, true, $version): a fresh 32-character salt
// (Argon2 uses its first 16 bytes); version 3 is written with its parameters.
function magento_get_hash($password, $version, $salt = null) {
    $salt = $salt ?? magento_random_string(32);
    if ($version === 3) {
        $version = implode('_', [3, SODIUM_CRYPTO_SIGN_SEEDBYTES,
            SODIUM_CRYPTO_PWHASH_OPSLIMIT_INTERACTIVE, SODIUM_CRYPTO_PWHASH_MEMLIMIT_INTERACTIVE]);
    }
    return implode(':', [magento_step($password, $salt, $version), $salt, $version]);
}

// What customer:hash:upgrade does to an old hash: the hash itself is hashed
// again with the newer version, which is appended to the chain.
function magento_upgrade($stored, $version) {
    [$hash, $salt, $versions] = explode(':', $stored, 3);
    if ($version === 3) {
        $version = implode('_', [3, SODIUM_CRYPTO_SIGN_SEEDBYTES,
            SODIUM_CRYPTO_PWHASH_OPSLIMIT_INTERACTIVE, SODIUM_CRYPTO_PWHASH_MEMLIMIT_INTERACTIVE]);
    }
    return implode(':', [magento_step($hash, $salt, $version), $salt, $versions . ':' . $version]);
}

// Encryptor::isValidHash.
function magento_is_valid_hash($password, $stored) {
    $parts = explode(':', $stored, 3);
    if (count($parts) !== 3) { return false; }
    [$hash, $salt, $versions] = $parts;
    $recreated = $password;
    foreach (explode(':', $versions) as $v) { $recreated = magento_step($recreated, $salt, $v); }
    return hash_equals($hash, $recreated);
}

// phpass (Openwall) portable hashes: PasswordHash::crypt_private.
$itoa64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function phpass_encode64($input, $count) {
    global $itoa64;
    $output = ''; $i = 0;
    do {
        $value = ord($input[$i++]);
        $output .= $itoa64[$value & 0x3f];
        if ($i < $count) { $value |= ord($input[$i]) << 8; }
        $output .= $itoa64[($value >> 6) & 0x3f];
        if ($i++ >= $count) { break; }
        if ($i < $count) { $value |= ord($input[$i]) << 16; }
        $output .= $itoa64[($value >> 12) & 0x3f];
        if ($i++ >= $count) { break; }
        $output .= $itoa64[($value >> 18) & 0x3f];
    } while ($i < $count);
    return $output;
}
function phpass_crypt_private($password, $setting) {
    global $itoa64;
    $id = substr($setting, 0, 3);
    if ($id !== '$P$' && $id !== '$H$') { return '*0'; }
    $count_log2 = strpos($itoa64, $setting[3]);
    if ($count_log2 < 7 || $count_log2 > 30) { return '*0'; }
    $count = 1 << $count_log2;
    $salt = substr($setting, 4, 8);
    if (strlen($salt) !== 8) { return '*0'; }
    $hash = md5($salt . $password, true);
    do { $hash = md5($hash . $password, true); } while (--$count);
    return substr($setting, 0, 12) . phpass_encode64($hash, 16);
}
function phpass_hash($password, $id, $log2) {
    global $itoa64;
    return phpass_crypt_private($password, $id . $itoa64[$log2] . phpass_encode64(random_bytes(6), 6));
}

$passwords = ['correct horse battery staple', 'Pässwörd-123', 'x', str_repeat('long', 30), 'émoji 🔑 key', 'a:b:c$d'];

foreach ($passwords as $pw) {
    foreach ([0, 1, 2, 3] as $v) {
        $h = magento_get_hash($pw, $v);
        if (!magento_is_valid_hash($pw, $h)) { throw new Exception('magento self-check'); }
        out('magento2', $h, $pw, "Magento Encryptor::getHash version $v (PHP " . PHP_VERSION . ', libsodium ' . SODIUM_LIBRARY_VERSION . ')');
    }
}
// Upgraded chains, as customer:hash:upgrade leaves them.
foreach ([[0, 1], [0, 2], [1, 2], [1, 3], [0, 1, 2]] as $chain) {
    $pw = 'upgraded-' . implode('', $chain);
    $h = magento_get_hash($pw, array_shift($chain));
    foreach ($chain as $v) { $h = magento_upgrade($h, $v); }
    if (!magento_is_valid_hash($pw, $h)) { throw new Exception('magento chain self-check'); }
    out('magento2', $h, $pw, 'Magento customer:hash:upgrade chain');
}
// A short salt (padded to 16 for Argon2) and Magento 2.0-era 32-character ones.
$h = magento_get_hash('short salt', 2, 'abc');
out('magento2', $h, 'short salt', 'Magento Encryptor::getHash version 2, 3-character salt');

foreach ($passwords as $pw) {
    $h = password_hash($pw, PASSWORD_BCRYPT, ['cost' => 5]);
    if (!password_verify($pw, $h)) { throw new Exception('bcrypt self-check'); }
    out('', $h, $pw, 'PHP password_hash PASSWORD_BCRYPT');
    foreach (['$2a$', '$2b$'] as $p) {
        $alt = $p . substr($h, 4);
        if (!password_verify($pw, $alt)) { throw new Exception('bcrypt variant self-check'); }
        out('', $alt, $pw, "PHP crypt() accepts the $p spelling of the same hash");
    }
    // WordPress 6.8+ (wp_hash_password / wp_check_password, pluggable.php).
    $h = '$wp' . password_hash(base64_encode(hash_hmac('sha384', $pw, 'wp-sha384', true)), PASSWORD_BCRYPT, ['cost' => 5]);
    if (!password_verify(base64_encode(hash_hmac('sha384', $pw, 'wp-sha384', true)), substr($h, 3))) { throw new Exception('wp self-check'); }
    out('', $h, $pw, 'WordPress 6.8 wp_hash_password ($wp$2y$)');
    $h = password_hash($pw, PASSWORD_ARGON2ID, ['memory_cost' => 8192, 'time_cost' => 2, 'threads' => 1]);
    if (!password_verify($pw, $h)) { throw new Exception('argon2id self-check'); }
    out('', $h, $pw, 'PHP password_hash PASSWORD_ARGON2ID');
    $h = password_hash($pw, PASSWORD_ARGON2I, ['memory_cost' => 8192, 'time_cost' => 3, 'threads' => 1]);
    if (!password_verify($pw, $h)) { throw new Exception('argon2i self-check'); }
    out('argon2', $h, $pw, 'PHP password_hash PASSWORD_ARGON2I');
    $h = sodium_crypto_pwhash_str($pw, SODIUM_CRYPTO_PWHASH_OPSLIMIT_INTERACTIVE, SODIUM_CRYPTO_PWHASH_MEMLIMIT_INTERACTIVE);
    if (!sodium_crypto_pwhash_str_verify($h, $pw)) { throw new Exception('sodium self-check'); }
    out('', $h, $pw, 'libsodium sodium_crypto_pwhash_str');
    foreach (['$P$' => 8, '$H$' => 11] as $id => $log2) {
        $h = phpass_hash($pw, $id, $log2);
        if (phpass_crypt_private($pw, $h) !== $h) { throw new Exception('phpass self-check'); }
        out('', $h, $pw, "phpass crypt_private ($id, 2^$log2)");
    }
}
// phpass's own published vector (test.php in Openwall's phpass 0.5).
if (phpass_crypt_private('test12345', '$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0') !== '$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0') {
    throw new Exception('phpass published vector');
}
out('phpass', '$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0', 'test12345', 'phpass 0.5 test.php');
