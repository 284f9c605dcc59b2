// Loaded first by the strict-CSP test page: records every Content-Security-Policy violation for the test to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
});
