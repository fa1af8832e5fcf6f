package audit

// Event types of the security notices (internal/account/devices.go).
const (
	// NewDeviceSignIn: a browser signed in to an account for the first
	// time; details say whether its owner was emailed.
	NewDeviceSignIn = "NEW_DEVICE_SIGN_IN"
	// SignInReported: "This wasn't me" ended a sign-in's session and
	// started a password reset.
	SignInReported = "SIGN_IN_REPORTED"
)
