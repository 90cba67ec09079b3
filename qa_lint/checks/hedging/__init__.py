"""The machinery of the hedge-escalation rule type (checks/hedge_escalation.py); see its docstring."""
