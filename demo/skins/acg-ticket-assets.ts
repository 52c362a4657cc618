// Stylesheet and the small picker/upload script of the acg-faka ticket pages (inlined constants).

export const CSS = `
.uc-ticket-banner{background:#fff7e6;color:#ad6800;border:1px solid #ffe7ba;border-radius:10px;padding:10px 14px;margin-bottom:16px}
.uc-step{font-weight:700;margin:18px 0 10px;color:#3d3a4f}.uc-choices{display:flex;gap:12px;flex-wrap:wrap}
.uc-ticket-type,.uc-priority,.uc-mode{border:2px solid #e5e0ff;background:#fff;border-radius:12px;padding:10px 16px;cursor:pointer;font:inherit;text-align:left;color:#3d3a4f}
.uc-ticket-type small,.uc-priority small,.uc-mode small{display:block;color:#9a95b0;font-size:12px}.is-active{border-color:#7b61ff;background:#f4f1ff}
.uc-field{margin:10px 0}.uc-field label{display:block;color:#6f6a86;margin-bottom:4px}
.uc-field input[type=text],.uc-field textarea{width:100%;border:2px solid #e5e0ff;border-radius:10px;padding:8px 12px;font:inherit}.uc-field textarea{height:140px}
.uc-ticket-detail{display:flex;gap:18px;align-items:flex-start}.uc-ticket-main{flex:1}.uc-ticket-side{width:280px}
.uc-ticket-side dl{display:grid;grid-template-columns:72px 1fr;gap:6px;margin:0;font-size:13px}.uc-ticket-side dt{color:#9a95b0}.uc-ticket-side dd{margin:0;word-break:break-all}
.uc-ticket-messages{display:flex;flex-direction:column;gap:14px;margin:14px 0}
.uc-ticket-message{display:flex;gap:10px}.uc-ticket-message.is-user{flex-direction:row-reverse}
.uc-ticket-message__avatar{width:38px;height:38px;border-radius:50%;background:#d9d0ff;color:#fff;display:flex;align-items:center;justify-content:center;flex:none;font-weight:700}
.is-admin .uc-ticket-message__avatar{background:#ff7eb6}.is-system .uc-ticket-message__avatar{background:#adb5bd}
.uc-ticket-message__meta{font-size:12px;color:#9a95b0;margin-bottom:4px}.uc-ticket-message__meta strong{color:#3d3a4f;margin-right:6px}
.uc-ticket-tag{background:#ff7eb6;color:#fff;border-radius:6px;padding:0 6px;margin-right:6px}
.uc-ticket-message__bubble{background:#f6f4ff;border-radius:12px;padding:9px 13px;white-space:pre-wrap;max-width:560px}
.is-user .uc-ticket-message__bubble{background:#7b61ff;color:#fff}.is-user .uc-ticket-message__meta{text-align:right}
.is-system .uc-ticket-message__bubble{background:#f1f3f5;color:#868e96;font-size:12px}
`;

export const PICK_SCRIPT = `
document.querySelectorAll('[data-ticket-type],[data-priority],[data-order-mode]').forEach(function(b){
  b.addEventListener('click',function(){
    var attr=b.hasAttribute('data-ticket-type')?'data-ticket-type':b.hasAttribute('data-priority')?'data-priority':'data-order-mode';
    document.querySelectorAll('['+attr+']').forEach(function(x){x.classList.toggle('is-active',x===b);x.setAttribute('aria-checked',String(x===b));});
    var v=b.getAttribute(attr);
    if(attr==='data-ticket-type'){document.querySelector('input[name=type]').value=v;document.getElementById('uc-order-step').hidden=v!=='1';}
    if(attr==='data-priority')document.querySelector('input[name=priority]').value=v;
  });
});
var proof=document.querySelector('input[name=proof]');
if(proof)proof.addEventListener('change',function(){
  if(!proof.files.length)return;var fd=new FormData();fd.append('file',proof.files[0]);
  fetch('/acg/user/api/ticket/upload',{method:'POST',body:fd}).then(function(r){return r.json();}).then(function(j){
    if(j.path)document.querySelector('input[name=proof_path]').value=j.path;
    document.getElementById('proof-status').textContent=j.path?'上传成功':(j.error||'上传失败');
  });
});`;
