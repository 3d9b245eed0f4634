/**
 * Response headers that keep the dashboard from being framed, sniffed or fed foreign scripts.
 * The CSP allows only our own scripts and styles; inline style attributes are allowed because
 * Recharts positions its tooltips and labels with them. No inline scripts are allowed. The
 * Permissions-Policy turns off the browser features the dashboard never uses.
 */
import { secureHeaders } from 'hono/secure-headers';

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  // The dashboard reads no sensor, takes no payment and opens no device: no script may ask for them.
  // (Not `bluetooth`: Chromium does not know it in this header and warns on every page.)
  permissionsPolicy: {
    camera: false,
    microphone: false,
    geolocation: false,
    payment: false,
    usb: false,
    serial: false,
    midi: false,
    accelerometer: false,
    gyroscope: false,
    magnetometer: false,
    fullscreen: ['self'],
  },
  // Not no-referrer: under it browsers send `Origin: null` on our own POSTs, which the CSRF guard refuses.
  referrerPolicy: 'same-origin',
});
