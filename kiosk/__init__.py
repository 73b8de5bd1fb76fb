"""An offline patient-education kiosk about lupus and the research on stem-cell therapy."""
